# Staffroom Warden in a container. Docker cannot run on the machines this project is built on,
# so this file is kept simple and checked by reading, not by building.
#
#   docker build -t staffroom-warden .
#   docker run -e DISCORD_TOKEN=... -v "$PWD/config:/app/config:ro" -v warden-data:/app/data staffroom-warden

FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY bot/pom.xml bot/
RUN mvn -B -ntp -q dependency:go-offline
COPY bot bot
RUN mvn -B -ntp -q package -DskipTests

FROM eclipse-temurin:17.0.13_11-jre
# Fonts for the compliance chart: headless AWT draws text with fontconfig and needs one font.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin warden \
 && mkdir -p /app/config /app/data && chown warden /app/data
WORKDIR /app
COPY --from=build /src/bot/target/warden.jar /app/warden.jar
COPY config /app/config
USER warden
# config/ holds application.conf (mount your own); data/ holds the database.
VOLUME ["/app/config", "/app/data"]
ENTRYPOINT ["java", "-jar", "/app/warden.jar"]
CMD ["run"]
