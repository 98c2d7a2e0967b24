#!/bin/sh
# 整改台账: start the program installed in /opt/rectify.
#
# Chinese input with Fcitx: Fcitx's Qt plugin must be built against the exact Qt the
# program carries, so the bundle has none. Fcitx 5 also answers the IBus protocol,
# and the bundle does carry Qt's IBus plugin: use that when Fcitx is asked for.
case "${QT_IM_MODULE:-}" in
  fcitx|fcitx5)
    if ! ls /opt/rectify/_internal/PySide6/Qt/plugins/platforminputcontexts/*fcitx* \
        >/dev/null 2>&1; then
      QT_IM_MODULE=ibus
      export QT_IM_MODULE
    fi
    ;;
esac
exec /opt/rectify/rectify "$@"
