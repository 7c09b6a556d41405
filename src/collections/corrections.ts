// The archive's corrections, newest first: each story's dated notices, for the
// /corrections/ page and its feed.
import type { Article, Correction } from "../types.ts";

export interface CorrectionNotice {
  article: Article;
  correction: Correction;
}

/** Every correction of every story, the newest first (on one day, by the story's address). */
export function correctionNotices(articles: readonly Article[]): CorrectionNotice[] {
  return articles
    .flatMap((article) => article.corrections.map((correction) => ({ article, correction })))
    .sort((a, b) => b.correction.date.epoch - a.correction.date.epoch || a.article.url.localeCompare(b.article.url));
}

/** The stories corrected, each once, in the order of their newest correction. */
export function correctedStories(notices: readonly CorrectionNotice[]): Article[] {
  return [...new Set(notices.map((notice) => notice.article))];
}
