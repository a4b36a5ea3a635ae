@echo off
rem Bizhao Desk launcher for Windows: no arguments opens the window; a subcommand runs headless.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%..\bizhao-desk.jar"
if not exist "%JAR%" set "JAR=%HERE%..\target\bizhao-desk.jar"
if not exist "%JAR%" (
  echo Building Bizhao Desk ^(mvn -DskipTests package^)... 1>&2
  pushd "%HERE%.."
  call mvn -B -q -DskipTests package || exit /b 1
  popd
)
set "JAVA_CMD=java"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java"
if exist "%HERE%..\runtime\bin\java.exe" set "JAVA_CMD=%HERE%..\runtime\bin\java"
"%JAVA_CMD%" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar "%JAR%" %*
