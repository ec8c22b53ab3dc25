/**
 * Decides, before the judge is called, whether the review's text may be read by the English text model: a review
 * in another language is judged only by what it arrives with (an export's judgement, a label, a rating), as if it
 * had no text; with none of them it gets no verdict at all ('none'), which the profile counts apart. Pure.
 */
import type { ReviewDraft } from '../domain/document.ts';
import type { LanguageReading } from '../domain/language.ts';
import type { Judgement } from '../domain/verdict.ts';
import type { JudgeModel } from '../judge/judge-model.ts';
import { JUDGE_VERSION, judgeReview } from '../judge/judge-review.ts';

export function judgeByLanguage(draft: ReviewDraft, language: LanguageReading | null, model: JudgeModel): Judgement {
  if (language === null || language.textJudged) return judgeReview(draft, model);
  // A judgement an export carries is kept, unless it came from an English reading of this text.
  const recorded = draft.recordedJudgement?.verdictSource === 'text' ? undefined : draft.recordedJudgement;
  const { recordedJudgement: _dropped, ...rest } = draft;
  const withoutText: ReviewDraft = { ...rest, text: '', ...(recorded ? { recordedJudgement: recorded } : {}) };
  if (recorded || draft.label || draft.rating) return judgeReview(withoutText, model);
  // Placeholders for NOT NULL columns: probability 0.5 says "no idea", and every reader skips source 'none'.
  return {
    verdict: 'negative',
    probability: 0.5,
    score: 50,
    verdictSource: 'none',
    scoreSource: 'none',
    evidence: [],
    version: `${JUDGE_VERSION}+${model.version}`,
  };
}
