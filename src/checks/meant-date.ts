/**
 * "¿Quiso decir …?" for a date written the way people write dates in the
 * region rather than as the content stores them: `29/10/2019` (day first),
 * `9 de julio de 2019`, `octubre de 2019`, `2020-T2` (trimestre), a day
 * with its hour, `2020-5-3` (without the zeros). Only a rewriting into a date
 * that exists is offered; anything else keeps the general message.
 */
import { MONTHS_ES, parsePartialDate } from '../lib/dates.ts';
import { toId } from '../lib/suggest.ts';

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const MONTH_IN_WORDS = /^([a-z]+)(?:-de)?-(\d{4})$/;
const DAY_MONTH_IN_WORDS = /^(\d{1,2})-(?:de-)?([a-z]+)(?:-de)?-(\d{4})$/;
const TRIMESTRE = /^(\d{4})-?[Tt]([1-4])$/;
/** `2019-07-09T10:00` or `2019-07-09 10:00`: the day is there, the hour has no field. */
const WITH_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}/;
/** `2020-5-3`, `2020-5`: year first, a month or day without its zero. */
const UNPADDED = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/;

/** The date as the content writes it (`2019-10-29`, `2019-10`, `2020-Q2`), when `input` is one written otherwise. */
export function meantDate(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  const pad = (n: string) => n.padStart(2, '0');
  let meant: string | undefined;
  const dayFirst = DAY_FIRST.exec(text);
  const trimestre = TRIMESTRE.exec(text);
  const words = MONTH_IN_WORDS.exec(toId(text));
  const dayWords = DAY_MONTH_IN_WORDS.exec(toId(text));
  const withTime = WITH_TIME.exec(text);
  const unpadded = UNPADDED.exec(text);
  const monthNumber = (name: string) => {
    const month = MONTHS_ES.findIndex((written) => toId(written) === name);
    return month >= 0 ? pad(String(month + 1)) : undefined;
  };
  if (dayFirst) meant = `${dayFirst[3]}-${pad(dayFirst[2]!)}-${pad(dayFirst[1]!)}`;
  else if (trimestre) meant = `${trimestre[1]}-Q${trimestre[2]}`;
  else if (withTime) meant = withTime[1];
  else if (unpadded) meant = [unpadded[1], pad(unpadded[2]!), ...(unpadded[3] ? [pad(unpadded[3])] : [])].join('-');
  else if (words) {
    const month = monthNumber(words[1]!);
    if (month) meant = `${words[2]}-${month}`;
  } else if (dayWords) {
    const month = monthNumber(dayWords[2]!);
    if (month) meant = `${dayWords[3]}-${month}-${pad(dayWords[1]!)}`;
  }
  return meant && parsePartialDate(meant) ? meant : undefined;
}
