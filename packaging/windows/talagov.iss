; SPDX-License-Identifier: GPL-3.0-or-later
; Inno Setup 6.3+ script: a per-user (or, on request, per-machine) installer for the
; one-folder app that packaging/talagov.spec built in dist\TalaGov. From the repository root:
;   & "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\talagov.iss
; Output: dist\TalaGov-<version>-windows-x64-setup.exe. Paths are relative to this file.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; Never change AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{1C595DF9-53A4-4D68-8A60-72A343F59C22}
AppName=TalaGov
AppVersion={#AppVersion}
AppVerName=TalaGov {#AppVersion}
AppPublisher=TalaGov contributors
AppPublisherURL=https://codeberg.org/talagov/talagov
AppSupportURL=https://codeberg.org/talagov/talagov/issues
DefaultDirName={autopf}\TalaGov
DefaultGroupName=TalaGov
DisableProgramGroupPage=yes
; A secretary without administrator rights can install for herself.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\talagov.ico
UninstallDisplayIcon={app}\TalaGov.exe
OutputDir=..\..\dist
OutputBaseFilename=TalaGov-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\TalaGov\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\TalaGov"; Filename: "{app}\TalaGov.exe"
Name: "{autodesktop}\TalaGov"; Filename: "{app}\TalaGov.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\TalaGov.exe"; Description: "{cm:LaunchProgram,TalaGov}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Alembic may compile the migration scripts in place (__pycache__) when the folder is writable.
Type: filesandordirs; Name: "{app}\_internal\talagov\_migrations"
