; 整改台账: the Windows installer (NSIS 3, Unicode), made from the PyInstaller bundle.
;
;     makensis installer\windows\rectify.nsi
;
; from the project folder after the bundle is built (installer\README.md lists the
; steps). Everything the installer needs is found through three folders, which can be
; given on the command line (/DNAME=value). makensis works in this script's folder, so
; relative paths start here; the defaults are the project's dist and build folders:
;   BUNDLE_DIR  the one-folder bundle                       default dist\rectify
;   GENERATED   version.nsh and icons\rectify.ico, written  default build\installer
;               by the PyInstaller spec
;   OUTDIR      where rectify-<version>-setup.exe goes       default dist
;   FAST        (defined) store without compression: the Linux check compiles the
;               script against the Linux bundle and need not spend minutes on LZMA.
;
; Install for all users (Program Files, needs administrator rights) or only for the
; current user (%LOCALAPPDATA%\Programs\rectify, no administrator rights): MultiUser
; asks when the user is an administrator; a standard user gets a per-user install
; without a UAC prompt. /AllUsers or /CurrentUser on the command line choose silently.
;
; The user's ledgers live in the user data folder (%LOCALAPPDATA%\rectify) or wherever
; the user saved them, never in the install folder: the uninstaller removes only the
; program's own files and leaves them, and the settings, alone.
;
; No file association. The app's hand-off workbooks are ordinary .xlsx files that
; departments open, fill in and send back with Excel or WPS; claiming .xlsx would take
; every spreadsheet away from Excel, and a private extension would stop Excel and WPS
; from opening the hand-offs at all. The program opens them from its own menus
; (导入 / 合并回收), and a ledger is opened from the program, not double-clicked.

; 64-bit: makensis builds a 32-bit (x86) installer by default, which wine64 cannot
; start and which would look in the 32-bit registry view; the program is 64-bit only.
Target amd64-unicode
ManifestDPIAware true

!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "../../dist/rectify"
!endif
!ifndef GENERATED
  !define GENERATED "../../build/installer"
!endif
!ifndef OUTDIR
  !define OUTDIR "../../dist"
!endif

!if ! /FileExists "${BUNDLE_DIR}/_internal/base_library.zip"
  !error "${BUNDLE_DIR} is not a PyInstaller bundle: build it first (installer\README.md)"
!endif
!include "${GENERATED}/version.nsh" ; VERSION and VERSION_QUAD, from pyproject.toml

!define APP_NAME "整改台账"
!define APP_ID "rectify"
!define APP_EXE "rectify.exe"
!define PUBLISHER "整改台账"
!define SETTINGS_KEY "Software\${APP_ID}\Installer"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

Name "${APP_NAME}"
OutFile "${OUTDIR}/rectify-${VERSION}-setup.exe"
BrandingText "${APP_NAME} ${VERSION}"
!ifdef FAST
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

; ---------------------------------------------------------------- per-machine or per-user
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_ID}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!define MULTIUSER_INIT_TEXT_ADMINREQUIRED "安装 ${APP_NAME} 需要管理员权限。"
!define MULTIUSER_INIT_TEXT_POWERREQUIRED "安装 ${APP_NAME} 至少需要 Power Users 权限。"
!define MULTIUSER_INIT_TEXT_ALLUSERSNOTPOSSIBLE "您的账户没有为本机所有用户安装 ${APP_NAME} 的权限，请选择“只为我自己安装”。"
!include MultiUser.nsh
!include MUI2.nsh
!include FileFunc.nsh
!include x64.nsh

; ------------------------------------------------------------------------------ pages
!define MUI_ICON "${GENERATED}/icons/rectify.ico"
!define MUI_UNICON "${GENERATED}/icons/rectify.ico"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "即将安装 ${APP_NAME} ${VERSION}。$\r$\n$\r$\n\
${APP_NAME}用于跟踪巡察、巡视、审计反馈问题的整改，全部离线运行。$\r$\n$\r$\n\
台账文件保存在您的用户数据文件夹中，升级或卸载本程序都不会删除它们。$\r$\n$\r$\n$_CLICK"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "运行 ${APP_NAME}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "将从计算机中卸载 ${APP_NAME}。您的台账文件和设置会保留，不会被删除。"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "SimpChinese"

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "${APP_NAME} 安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "MIT 许可证"

; --------------------------------------------------------------------------- sections
Section "!${APP_NAME}（必需）" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program's files wholesale, so nothing stale stays behind
  ; in _internal; the install folder holds no user data (see the top of this file).
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE_DIR}/*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "桌面快捷方式" SecDesktop
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "${APP_NAME}程序本身，并在“开始”菜单中建立快捷方式。"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "在桌面上建立${APP_NAME}的快捷方式。"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  ; Only what the installer put here. Never RMDir /r $INSTDIR: a folder chosen by hand
  ; may hold other files.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\rectify.exe"
  Delete "$INSTDIR\rectify-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${SETTINGS_KEY}"
  DeleteRegKey /ifempty SHCTX "Software\${APP_ID}"
SectionEnd

; -------------------------------------------------------------------------- functions
Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "${APP_NAME}需要 64 位的 Windows（Windows 10 或更新版本）。"
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
FunctionEnd
