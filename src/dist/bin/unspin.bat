@echo off
rem unspin, as installed from the distribution archive (Windows): runs lib\unspin.jar with the Java that
rem JAVA_HOME names, else the java on PATH; JAVA_OPTS and UNSPIN_JAVA_OPTS are added to its command line.
rem (No class-data-sharing archive here: bin/unspin makes one on Linux and macOS.)
setlocal
set "UNSPIN_HOME=%~dp0.."
set "UNSPIN_JAR=%UNSPIN_HOME%\lib\unspin.jar"
if not exist "%UNSPIN_JAR%" (
  echo unspin: %UNSPIN_JAR% is missing; unpack the whole archive, bin\ and lib\ together 1>&2
  exit /b 2
)
set "UNSPIN_JAVA=java"
if defined JAVA_HOME set "UNSPIN_JAVA=%JAVA_HOME%\bin\java.exe"
"%UNSPIN_JAVA%" %JAVA_OPTS% %UNSPIN_JAVA_OPTS% -jar "%UNSPIN_JAR%" %*
exit /b %ERRORLEVEL%
