/* TEST ONLY, never shipped: Wine 8 has no bcryptprimitives.dll, whose ProcessPrng
 * python-calamine's Windows build (Rust's standard library) imports; real Windows 10
 * and 11 have it. installer/windows/build.py compiles this with mingw-w64 into the
 * Wine prefixes it builds and checks in, so the Windows bundle can be frozen and its
 * self-test run under Wine. It fills the buffer from RtlGenRandom, as Windows does. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)instance; (void)reason; (void)reserved;
    return TRUE;
}
