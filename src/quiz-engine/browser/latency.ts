/**
 * When each question was first seen and last changed, for the latency the LMS receives with each answer
 * (SCORM `interactions.n.latency`: from when the question was shown to the answer). The clock is injected for tests.
 */
export class QuestionClock {
  private readonly seenAt = new Map<string, number>();
  private readonly changedAt = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The question came into view; only the first time counts. */
  seen(question: string): void {
    if (!this.seenAt.has(question)) this.seenAt.set(question, this.now());
  }

  /** The learner changed the answer. */
  changed(question: string): void {
    this.seen(question);
    this.changedAt.set(question, this.now());
  }

  /** Milliseconds from first seen to the last change (or to now, when nothing was changed since it was seen). */
  latency(question: string): number {
    const end = this.changedAt.get(question) ?? this.now();
    const start = this.seenAt.get(question) ?? end;
    return Math.max(0, Math.round(end - start));
  }

  /** Starts timing a question again (checked, so the next answer is a new one), or every question (a new attempt). */
  restart(question?: string): void {
    if (question === undefined) {
      this.seenAt.clear();
      this.changedAt.clear();
      return;
    }
    this.seenAt.set(question, this.now());
    this.changedAt.delete(question);
  }
}
