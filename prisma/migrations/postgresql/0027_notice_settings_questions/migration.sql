-- AlterTable
ALTER TABLE "NoticeSettings" ADD COLUMN     "questions" TEXT NOT NULL DEFAULT 'DAILY';
