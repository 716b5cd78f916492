; Inno Setup script: a per-user installer for the PyInstaller bundle in dist\imageimporter.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\imageimporter.iss
;
; makes dist\imageimporter-0.1.0-windows-x64-setup.exe. No administrator rights are needed: the
; app goes to %LOCALAPPDATA%\Programs\imageimporter, with a Start menu entry and an uninstaller
; (Settings > Apps). Paths below are relative to this file.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\imageimporter.iss
#endif
#define AppName "Image Importer"
#define AppExeName "imageimporter.exe"

[Setup]
; The AppId identifies the app across versions (upgrades, the uninstaller): never change it.
AppId={{725592F0-6E62-4866-8401-6F0327E43EF4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=imageimporter contributors
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\imageimporter
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=imageimporter-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\imageimporter.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle as a whole, so no library of an older version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\imageimporter\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
