-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_NoticeSettings" (
    "personId" TEXT NOT NULL PRIMARY KEY,
    "meetings" TEXT NOT NULL DEFAULT 'DAILY',
    "plan" TEXT NOT NULL DEFAULT 'DAILY',
    "rules" TEXT NOT NULL DEFAULT 'DAILY',
    "commitments" TEXT NOT NULL DEFAULT 'DAILY',
    "advice" TEXT NOT NULL DEFAULT 'DAILY',
    "questions" TEXT NOT NULL DEFAULT 'DAILY',
    "noEmail" BOOLEAN NOT NULL DEFAULT false,
    "quietFrom" TEXT,
    "quietTo" TEXT,
    "lastEmailAt" DATETIME,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "NoticeSettings_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_NoticeSettings" ("advice", "commitments", "lastEmailAt", "meetings", "noEmail", "personId", "plan", "quietFrom", "quietTo", "rules", "updatedAt") SELECT "advice", "commitments", "lastEmailAt", "meetings", "noEmail", "personId", "plan", "quietFrom", "quietTo", "rules", "updatedAt" FROM "NoticeSettings";
DROP TABLE "NoticeSettings";
ALTER TABLE "new_NoticeSettings" RENAME TO "NoticeSettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
