# syntax=docker/dockerfile:1
# StudyGraph API image: web assets built with Node, the API published with the .NET 10 SDK, run on the ASP.NET Core
# runtime as a non-root user. Build from the repository root:  docker build -t studygraph-api .
# Configuration is environment variables (see docs/deployment.md); nothing secret is baked into the image.

# --- web assets (GraphiQL IDE + dashboard) from web/ (scripts/build-web.sh); when web/ holds no package.json the
#     image ships no assets and the API serves its "not built" page instead ---
FROM node:20-bookworm-slim AS web
WORKDIR /src
COPY schema.graphql ./
COPY scripts/ scripts/
COPY web/ web/
RUN if [ -f web/package.json ]; then bash scripts/build-web.sh; else mkdir -p web/dist; fi

# --- API: restore (cached by project files), then publish ---
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/GraphQL/StudyGraph.GraphQL.csproj src/GraphQL/
COPY src/GraphQL.AspNetCore/StudyGraph.GraphQL.AspNetCore.csproj src/GraphQL.AspNetCore/
COPY src/Domain/StudyGraph.Domain.csproj src/Domain/
COPY src/Storage/StudyGraph.Storage.csproj src/Storage/
COPY src/Mongo/StudyGraph.Mongo.csproj src/Mongo/
COPY src/Redis/StudyGraph.Redis.csproj src/Redis/
COPY src/Api/StudyGraph.Api.csproj src/Api/
RUN dotnet restore src/Api/StudyGraph.Api.csproj
COPY schema.graphql ./
COPY seed/ seed/
COPY src/ src/
RUN dotnet publish src/Api/StudyGraph.Api.csproj -c Release --no-restore -o /app -p:UseAppHost=false

# --- runtime ---
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The contract and the seed banks beside the binary (the publish output carries them too; explicit is safer).
COPY --from=build /src/schema.graphql /app/schema.graphql
COPY --from=build /src/seed/ /app/seed/
COPY --from=web /src/web/dist/ /app/wwwroot/
# The data folder (e-mail outbox; the Sqlite file when Storage__Provider=Sqlite) belongs to the app user, so a
# named volume mounted there starts writable.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    Data__Path=/app/data \
    GraphQL__SchemaPath=/app/schema.graphql \
    Seed__Path=/app/seed \
    Web__AssetsPath=/app/wwwroot
USER $APP_UID
EXPOSE 8080
# No curl in the runtime image: bash's /dev/tcp asks /health/ready and expects "HTTP/1.1 200".
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "StudyGraph.Api.dll"]
