FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY lib/db ./lib/db
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx prisma generate && npx next build && node scripts/build-cli.mjs
ENV NODE_ENV=production PORT=3000
# The server runs as the image's unprivileged `node` user. It writes only the embedded database
# and session secret (.data, a volume), Next's cache (.next/cache) and backups (/backups).
RUN mkdir -p /app/.data /app/.next/cache /backups && chown -R node:node /app/.data /app/.next/cache /backups
USER node
VOLUME ["/app/.data"]
EXPOSE 3000
# Liveness: the process answers. Load balancers should ask /api/ready (database, migrations).
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Started directly (not through npm) so SIGTERM from `docker stop` reaches bin/start.ts, which
# hands it to the server: it stops taking connections, then the database closes.
CMD ["node_modules/.bin/tsx", "--conditions=react-server", "bin/start.ts"]
