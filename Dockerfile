# newsgraph API image: build with the dev toolchain, run on a slim Node 20 with production deps.
# Used by docker-compose.yml (services api and ingest).

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: the `prepare` script builds, but the sources are not copied yet.
RUN npm ci --ignore-scripts
COPY tsconfig.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY schema ./schema
COPY cypher ./cypher
COPY corpus ./corpus
COPY explorer ./explorer
COPY ide ./ide
USER node
EXPOSE 4000
CMD ["node", "dist/cli/main.js", "serve", "--store", "neo4j", "--host", "0.0.0.0", "--port", "4000"]
