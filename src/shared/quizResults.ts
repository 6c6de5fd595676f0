/** Issue 11: what the results routes answer (GET …/quizzes/:id/results, GET …/results). */

export interface QuestionStats {
  id: string;
  text: string;
  /** Share of the counted attempts that got the question fully right (0–1); null with none. */
  correctRate: number | null;
  /** The wrong option chosen most often, with how many attempts chose it. */
  mostChosenWrong: { optionId: string; text: string; count: number } | null;
  /** Per option: how many attempts chose it (for the chart and its table). */
  optionCounts: { optionId: string; text: string; correct: boolean; count: number }[];
  /** Graded quizzes: difficulty = correct rate; discrimination = upper 27 % rate − lower 27 % rate. */
  difficulty: number | null;
  discrimination: number | null;
}

export interface AttendeeResult {
  attendeeId: string;
  name: string;
  unit: string;
  score: number;
  maxScore: number;
  late: boolean;
  submittedAt: string;
  attempts: number;
}

export interface QuizResults {
  quiz: {
    id: string;
    title: string;
    mode: "practice" | "graded";
    maxScore: number;
    pairId: string | null;
    pairRole: "pre" | "post" | null;
    releasedAt: string | null;
  };
  unit: string | null;
  participation: {
    submitted: number;
    /** Checked in to the quiz's session; null until check-ins are recorded (issue 10). */
    checkedIn: number | null;
    roster: number;
  };
  mean: number | null;
  median: number | null;
  /** Ten bins of the score as a percentage of the maximum: [0,10), …, [90,100]. */
  histogram: { fromPercent: number; toPercent: number; count: number }[];
  questions: QuestionStats[];
  attendees: AttendeeResult[];
  /** Every unit on the roster, for the filter. */
  units: string[];
}

export interface GainRow {
  attendeeId: string;
  name: string;
  unit: string;
  prePercent: number;
  postPercent: number;
  gain: number;
}

/** GET /api/events/:slug/results: every quiz in brief, and each pre/post pair's gains. */
export interface ResultsOverview {
  quizzes: {
    id: string;
    title: string;
    mode: "practice" | "graded";
    submitted: number;
    roster: number;
    meanPercent: number | null;
    pairRole: "pre" | "post" | null;
  }[];
  pairs: {
    preId: string;
    postId: string;
    title: string;
    /** Attendees who took both. */
    attendees: GainRow[];
    units: { unit: string; count: number; prePercent: number; postPercent: number; gain: number }[];
    meanGain: number | null;
  }[];
}
