# Builds Alcove's Windows app-image and .msi with the JDK's jpackage, from the fat jar target\alcove.jar.
# (jpackage builds only for the platform it runs on, so this runs on Windows with a JDK 17+ and the
# WiX Toolset 3.x on PATH: jpackage calls its candle.exe and light.exe to make the .msi.)
#
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-Version 0.1.0]
#
# Output goes to target\installer\.
param([string]$Version = "")

$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Fail([string]$Message) {
    [Console]::Error.WriteLine("build-windows.ps1: $Message")
    exit 1
}

$jar = "target\alcove.jar"
if (-not (Test-Path $jar)) { Fail "$jar is missing: run mvn -q -DskipTests package first" }

$jpackage = (Get-Command jpackage -ErrorAction SilentlyContinue).Source
if (-not $jpackage -and $env:JAVA_HOME -and (Test-Path "$env:JAVA_HOME\bin\jpackage.exe")) {
    $jpackage = "$env:JAVA_HOME\bin\jpackage.exe"
}
if (-not $jpackage) { Fail "jpackage is missing: install a JDK 17 or set JAVA_HOME" }
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    Fail "WiX Toolset 3.x (candle.exe, light.exe) is not on PATH: jpackage needs it for the .msi"
}

if (-not $Version) {
    # The project's own <version> (not the parent's or a dependency's).
    [xml]$pom = Get-Content pom.xml
    $Version = $pom.project.version
    if (-not $Version) { Fail "could not read <version> from pom.xml: pass -Version" }
}
$Version = $Version -replace '-SNAPSHOT$', ''
if ($Version -notmatch '^\d+(\.\d+){0,2}$') { Fail "version '$Version' is not N[.N[.N]], which jpackage requires" }

$out = "target\installer"
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input" | Out-Null
Copy-Item $jar "$out\input\alcove.jar"

$common = @(
    "--name", "Alcove",
    "--app-version", $Version,
    "--vendor", "Alcove",
    "--description", "Desktop library catalogue: books, authors, imports and statistics",
    "--dest", $out
)

# The modules, jlink options and main class every platform shares are in installer\app-image.args
# (quoted: a bare @name is PowerShell's splatting).
& $jpackage --type app-image @common "@installer\app-image.args" `
    --input "$out\input" `
    --icon installer\icons\alcove.ico
if ($LASTEXITCODE -ne 0) { Fail "jpackage app-image failed" }
Remove-Item -Recurse -Force "$out\input"

# The upgrade UUID must never change between releases, or Windows installs a second copy
# instead of upgrading the first.
& $jpackage --type msi @common `
    --app-image "$out\Alcove" `
    --file-associations installer\file-associations.properties `
    --win-menu `
    --win-menu-group Alcove `
    --win-shortcut `
    --win-dir-chooser `
    --win-upgrade-uuid "3f5b6c1e-8a2d-4f47-9c1e-6d0a7b2e4c91"
if ($LASTEXITCODE -ne 0) { Fail "jpackage msi failed" }

Get-ChildItem "$out\Alcove-*.msi" | ForEach-Object { Write-Output "msi: $($_.FullName)" }
