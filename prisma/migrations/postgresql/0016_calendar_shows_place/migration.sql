-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "calendarShowsPlace" BOOLEAN NOT NULL DEFAULT false;
