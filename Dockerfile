# syntax=docker/dockerfile:1
# unspin as a container image: built from this repository, run as a non-root user on a Java 17 JRE.
#   docker build -t unspin .
#   docker run --rm -v "$PWD:/work" unspin check README.md
# The build stage runs the same `mvn package` as everyone else and unpacks the distribution archive it
# writes (target/unspin-VERSION.tar.gz); the image holds only that and the JRE.

FROM maven:3-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml LICENSE NOTICE README.md ./
COPY .mvn .mvn
COPY rules rules
COPY src src
# Maven's downloads stay in a build cache between builds (BuildKit), not in any image layer.
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -DskipTests package \
    && mkdir /dist \
    && tar -xzf target/unspin-*.tar.gz -C /dist \
    && mv /dist/unspin-* /dist/unspin

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin unspin
COPY --from=build /dist/unspin /opt/unspin
# The class-data-sharing archive (faster start-up), made here for this Java and this path, while /opt/unspin is
# writable: /opt/unspin/lib/unspin-KEY.jsa (see bin/unspin).
RUN UNSPIN_CDS=wait /opt/unspin/bin/unspin --version
ENV PATH="/opt/unspin/bin:${PATH}"
USER unspin
WORKDIR /work
ENTRYPOINT ["/opt/unspin/bin/unspin"]
CMD ["--help"]
