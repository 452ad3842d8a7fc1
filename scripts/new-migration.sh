#!/usr/bin/env bash
# Creates the next migration for both databases from the change to prisma/models.prisma
# since the last commit: `npm run db:new-migration -- add_meetings`.
# (`prisma migrate dev` needs a shadow database, which the driver adapters here cannot replay.)
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?give the migration a name, like add_meetings}"
npm run --silent db:schema
old_models=$(mktemp)
git show HEAD:prisma/models.prisma > "$old_models"
for provider in sqlite postgresql; do
  dir="prisma/migrations/$provider"
  last=$(ls "$dir" | grep -E '^[0-9]{4}_' | sort | tail -n 1 | cut -c1-4)
  next=$(printf '%04d' $((10#${last:-0} + 1)))
  old_schema=$(mktemp --suffix=.prisma)
  cat "prisma/datasource.$provider.prisma" "$old_models" > "$old_schema"
  mkdir -p "$dir/${next}_$name"
  npx prisma migrate diff --from-schema-datamodel "$old_schema" --to-schema-datamodel "prisma/$provider/schema.prisma" \
    --script -o "$dir/${next}_$name/migration.sql"
  echo "wrote $dir/${next}_$name/migration.sql"
done
