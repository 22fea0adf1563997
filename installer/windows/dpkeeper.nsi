; Windows installer for Direct Payments Keeper: per-user (no administrator needed), a Start menu
; shortcut, and an uninstaller in Settings > Apps. The person's vaults are never touched.
;
; Build with installer/windows/build_installer.py, which passes the defines below:
;   VERSION     the app's version, from desktop/dpkeeper/__init__.py
;   VIVERSION   the same as four numbers (a .0 added) for Windows' file details
;   PAYLOAD     the PyInstaller folder (dist\dpkeeper), or a stand-in folder for a compile check
;   OUTFILE     where to write the setup program
;   ICON        the app icon (.ico)

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "x64.nsh"

!macro Needs NAME
  !ifndef ${NAME}
    !error "${NAME} is not defined: build with installer/windows/build_installer.py"
  !endif
!macroend
!insertmacro Needs VERSION
!insertmacro Needs VIVERSION
!insertmacro Needs PAYLOAD
!insertmacro Needs OUTFILE
!insertmacro Needs ICON

!define APPNAME "Direct Payments Keeper"
!define APPEXE "direct-payments-keeper.exe"
!define CLIEXE "dpkeeper.exe"
!define PUBLISHER "Direct Payments Keeper authors"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\DirectPaymentsKeeper"
!define SETTINGS_KEY "Software\Direct Payments Keeper"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
RequestExecutionLevel user
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VIVERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "All rights reserved by the ${PUBLISHER}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "This will put ${APPNAME} ${VERSION} on this computer, for you only. You do not need an administrator.$\r$\n$\r$\nIf an older version is here already, it is replaced. Your vaults and records are kept as they are."
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APPEXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Open ${APPNAME} now"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "This removes the ${APPNAME} program. Your vaults, with all your records and receipts, are not removed: they stay where they are, usually in your Documents folder."

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ; Qt 6 runs on 64-bit Windows 10 (1809) and newer.
  ${IfNot} ${AtLeastWin10}
  ${OrIfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONINFORMATION "${APPNAME} needs 64-bit Windows 10 or Windows 11. Nothing was changed."
    Abort
  ${EndIf}
FunctionEnd

Section "Install"
  SetOutPath "$INSTDIR"
  ; Only the program's own folder is cleared, so files from an older version do not linger.
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${APPEXE}" "" "$INSTDIR\${APPEXE}" 0

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APPEXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  ; Remove only what the installer put here, never the whole folder: someone may have chosen a
  ; folder that holds other things.
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$INSTDIR\${APPEXE}"
  Delete "$INSTDIR\${CLIEXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd
