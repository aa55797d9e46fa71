// An article as the bank's article picker lists it.
export interface BankArticle {
  id: string;
  title: string;
  questions: number;
  pending: number;
  canEdit: boolean;
}
