/**
 * Vietnam has kept UTC+7 with no daylight saving since 1975, so a fixed offset is exact for
 * every date this app handles and needs no time-zone database.
 */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

export const UTC_OFFSET_MS = 7 * 60 * 60 * 1000;

export const DAY_MS = 24 * 60 * 60 * 1000;
