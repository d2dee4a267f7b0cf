@echo off
rem unspin, as installed from the distribution archive (Windows): runs lib\unspin.jar with the Java that
rem JAVA_HOME names, else the java on PATH; JAVA_OPTS and UNSPIN_JAVA_OPTS are added to its command line;
rem lib\unspin.jsa (class-data sharing) is used when present.
setlocal
set "UNSPIN_HOME=%~dp0.."
set "UNSPIN_JAR=%UNSPIN_HOME%\lib\unspin.jar"
if not exist "%UNSPIN_JAR%" (
  echo unspin: %UNSPIN_JAR% is missing; unpack the whole archive, bin\ and lib\ together 1>&2
  exit /b 2
)
set "UNSPIN_JAVA=java"
if defined JAVA_HOME set "UNSPIN_JAVA=%JAVA_HOME%\bin\java.exe"
set "UNSPIN_CDS="
if exist "%UNSPIN_HOME%\lib\unspin.jsa" set "UNSPIN_CDS=-XX:SharedArchiveFile=%UNSPIN_HOME%\lib\unspin.jsa -Xshare:auto"
"%UNSPIN_JAVA%" %UNSPIN_CDS% %JAVA_OPTS% %UNSPIN_JAVA_OPTS% -jar "%UNSPIN_JAR%" %*
exit /b %ERRORLEVEL%
