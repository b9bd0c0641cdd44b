# Build with the Maven wrapper, run on a JRE as a user without privileges.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY processes processes
COPY rules rules
COPY forms forms
COPY src src
RUN ./mvnw -B -DskipTests package \
 && cp target/salesops-*.jar /build/salesops.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system salesops \
 && useradd --system --gid salesops --home-dir /app --no-create-home salesops \
 && mkdir /app && chown salesops:salesops /app
WORKDIR /app
COPY --from=build --chown=salesops:salesops /build/salesops.jar /app/salesops.jar
USER salesops
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/salesops.jar"]
