; Inno Setup script: a per-user installer for the Windows folder app (no administrator
; rights; installs under %LOCALAPPDATA%\Programs). Built by .github/workflows/release.yml:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\jdid-setup-wizard /DIconFile=build\icons\app.ico
;        /DOutputDir=dist packaging\windows\installer.iss
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C0E2C51-3E0B-4B0A-9D55-5A1C3F0A7D21}
AppName=JD.ID Setup Wizard
AppVersion={#AppVersion}
AppVerName=JD.ID Setup Wizard {#AppVersion}
AppPublisher=JD.ID Setup Wizard team
DefaultDirName={autopf}\JD.ID Setup Wizard
DefaultGroupName=JD.ID Setup Wizard
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=jdid-setup-wizard-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\jdid-setup-wizard.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the whole app folder: no stale library of an older version stays.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\JD.ID Setup Wizard"; Filename: "{app}\jdid-setup-wizard.exe"
Name: "{autodesktop}\JD.ID Setup Wizard"; Filename: "{app}\jdid-setup-wizard.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\jdid-setup-wizard.exe"; Description: "{cm:LaunchProgram,JD.ID Setup Wizard}"; Flags: nowait postinstall skipifsilent
