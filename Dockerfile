FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY lib/db ./lib/db
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx prisma generate && npx next build
ENV NODE_ENV=production PORT=3000
EXPOSE 3000
# npm start applies migrations, seeds an empty database, then serves the build.
CMD ["npm", "start"]
