// Our own sentence-boundary cases for the classes issue 15 names (written for these tests from news-style
// prose, not taken from any corpus): each text and the statements a careful reader would mark in it.
// Asserted one by one in segment-cases.test.ts.

export type CaseClass =
  | 'abbreviation ends sentence'
  | 'abbreviation goes on'
  | 'quoted question and attribution'
  | 'interview lines'
  | 'items inside a paragraph'
  | 'footnote numbers'
  | 'smiley after a full stop';

export interface SegmentCase {
  lang: 'en' | 'ru';
  kind: CaseClass;
  text: string;
  expected: string[];
}

const en = (kind: CaseClass, expected: string[], text = expected.join(' ')): SegmentCase => ({ lang: 'en', kind, text, expected });
const ru = (kind: CaseClass, expected: string[], text = expected.join(' ')): SegmentCase => ({ lang: 'ru', kind, text, expected });

const ENDS: CaseClass = 'abbreviation ends sentence';
const GOES_ON: CaseClass = 'abbreviation goes on';
const QUOTE: CaseClass = 'quoted question and attribution';
const QA: CaseClass = 'interview lines';
const ITEMS: CaseClass = 'items inside a paragraph';
const NOTES: CaseClass = 'footnote numbers';
const SMILEY: CaseClass = 'smiley after a full stop';

export const SEGMENT_CASES: readonly SegmentCase[] = [
  // An abbreviation that closes its phrase and the sentence, before a capitalised word that is no starter.
  en(ENDS, ['The Nasdaq closed at 4 p.m. on Friday after a late rally.']),
  en(ENDS, ['Markets in Tokyo opened at 9 a.m.', 'Traders said volumes were unusually thin.']),
  en(ENDS, ['The auction ended shortly before 11 p.m.', 'Bidders from six countries took part.']),
  en(ENDS, ['The ministry announced new export duties on goods from the U.S.', 'Several firms have already cancelled orders.']),
  en(ENDS, ['The talks moved to the U.K.', 'Negotiators expect a draft by June.'], 'The talks moved to the U.K. Negotiators expect a draft by June.'),
  en(ENDS, ['The plant was sold last year to Harlow & Co.', 'Analysts expect further disposals.']),
  en(ENDS, ['The bid values Northgate Holdings Inc.', 'Shareholders will vote in March.'], 'The bid values Northgate Holdings Inc. Shareholders will vote in March.'),
  en(ENDS, ['The contract went to Meridian Freight Ltd.', 'Unions criticised the decision.']),
  en(ENDS, ['Pension funds hold a stake in Carver Mining Corp.', 'Regulators are reviewing the filing.']),
  en(ENDS, ['Protesters gathered outside the embassy on Massachusetts Ave.', 'Police closed two lanes.']),
  en(ENDS, ['The shooting happened near the corner of Elm and 5th St.', 'Witnesses described two men running.']),
  en(ENDS, ['Each crate weighed about 40 lbs.', 'Customs officers opened every one.']),
  en(ENDS, ['The vote is scheduled for 10 a.m.', 'Opposition leaders plan to walk out.']),
  en(ENDS, ['Officials said the border crossing would reopen at 6 a.m.', 'Truck drivers have waited for days.']),
  en(ENDS, ['The company was founded by two brothers and later renamed Ellis Bros.', 'Its shares now trade in London.']),
  en(ENDS, ['Trading was halted at 2 p.m.', 'Mr. Okafor declined to comment.']),
  en(ENDS, ['The hearing ended at 5 p.m.', 'Gov. Alvarez left without speaking to reporters.']),
  en(ENDS, ['The fund sold its stake in Brandt & Co.', 'Brandt said the sale was planned.']),
  // The same abbreviations where the sentence goes on.
  en(GOES_ON, ['Trading resumes at 9:30 a.m. Monday in New York.']),
  en(GOES_ON, ['The deadline is 5 p.m. EST on Thursday.']),
  en(GOES_ON, ['The rally began at 3 p.m. Moscow time and lasted two hours.']),
  en(GOES_ON, ['Harlow & Co. Chairman Ines Baptiste resigned on Tuesday.']),
  en(GOES_ON, ['Northgate Holdings Inc. (“Northgate”) confirmed the talks.']),
  en(GOES_ON, ['The U.S. Senate passed the bill late on Wednesday.']),
  en(GOES_ON, ['The U.S. Treasury Department issued new guidance.']),
  en(GOES_ON, ['The embassy is on Pennsylvania Ave. NW near the park.']),
  en(GOES_ON, ['Meridian Freight Ltd. Posts Record Quarterly Profit']),
  en(GOES_ON, ['On Friday, at 8 p.m. Mr. Lindqvist addressed the crowd.']),
  en(ENDS, ['The exchange closed early on the holiday, at 1 p.m.', 'Analysts said volumes were light.']),
  en(GOES_ON, ['She was born in St. Petersburg and moved to Canada in 1994.']),
  en(GOES_ON, ['Shares of Carver Mining Corp. fell 4% in early trading.']),
  en(GOES_ON, ['Polls close at 8 p.m. Eastern on Tuesday.']),
  en(GOES_ON, ['Warner Bros. Pictures said the film would open in July.']),
  en(ENDS, ['The app was rewritten in Objective-C.', 'Developers say it is now faster.']),
  ru(ENDS, ['Соглашение было подписано в 1998 г.', 'Позднее его дважды продлевали.']),
  ru(ENDS, ['Такие мосты строили с начала XXI в.', 'Эксперты считают их надёжными.']),
  ru(ENDS, ['Квартира в центре стоила 2 млн руб.', 'Покупатель нашёлся за неделю.']),
  ru(ENDS, ['Завод работал в 1950–1960-х гг.', 'Затем его закрыли.']),
  ru(ENDS, ['Средняя зарплата выросла до 48 тыс. руб.', 'Профсоюзы требуют большего.']),
  ru(ENDS, ['Усадьба построена в XVIII в.', 'Музей в ней открылся недавно.']),
  ru(ENDS, ['Ущерб оценили в 300 млн долл.', 'Страховщики начали проверку.']),
  ru(ENDS, ['На митинг пришли около 5 тыс. чел.', 'Полиция задержала троих.']),
  ru(ENDS, ['Трасса протянулась на 120 км.', 'Строители обещают открыть её летом.']),
  ru(ENDS, ['Компания основана в 2003 г.', 'Генеральный директор с тех пор не менялся.']),
  ru(GOES_ON, ['Выставка проходит в г. Казани до конца месяца.']),
  ru(GOES_ON, ['В 2014 г. Министерство финансов изменило правила.']),
  ru(GOES_ON, ['Как сообщалось, в 2019 г. Петров покинул пост губернатора.']),
  ru(GOES_ON, ['В 1998 г. В. С. Черномырдин ушёл в отставку.']),
  ru(GOES_ON, ['Цены выросли на 3 млн руб. по сравнению с прошлым годом.']),
  ru(GOES_ON, ['Лекцию прочитал проф. Соколов из МГУ им. Ломоносова.']),
  ru(GOES_ON, ['Доклад должны представить к 1 февр. 2026 г. в правительство.']),
  ru(ENDS, ['Город основан в IV в. до н. э.', 'Римляне захватили его позже.']),
  // A quoted question or exclamation and the attribution after it.
  en(QUOTE, ['"Is this legal?" Gov. Ruiz wanted to know.']),
  en(QUOTE, ['“Who approved the payments?” Sen. Whitfield asked the minister.']),
  en(QUOTE, ['"Enough is enough!" Mayor Olsen told the council on Monday.']),
  en(QUOTE, ['“Why now?” Ruiz asked.', 'Nobody answered.']),
  en(QUOTE, ['"Where is the money?" Dr. Haddad wrote in a letter to the board.']),
  en(QUOTE, ['“Can we trust them?”', 'That question hangs over the summit.']),
  en(QUOTE, ['"Stop!"', 'The guards ran toward the gate.']),
  en(QUOTE, ['“Will prices fall?”', 'Economists are divided.']),
  ru(QUOTE, ['«Кто за это заплатит?» — спросил депутат Орлов.']),
  ru(QUOTE, ['«Это незаконно!» — заявил адвокат.', 'Суд объявил перерыв.']),
  ru(QUOTE, ['«Почему так поздно?»', 'Этот вопрос задают многие.']),
  // Interview transcripts.
  en(QA, ['Q. When did you learn of the leak?', 'A. On the Monday, from a colleague.']),
  en(QA, ['Q. Did you report it?', 'A. No.', 'We waited for legal advice.']),
  en(QA, ['Q. Who else knew?', 'A. Only the two directors.', 'Q. Did they act?', 'A. Not that I saw.']),
  ru(QA, ['В. Когда вы узнали об утечке?', 'О. В понедельник, от коллеги.']),
  ru(QA, ['В. Вы сообщили руководству?', 'О. Нет.', 'Мы ждали юристов.']),
  // Lettered and numbered items run into a paragraph.
  en(ITEMS, ['The board must decide on two options:', 'a. sell the unit outright', 'b. spin it off to shareholders.']),
  en(ITEMS, ['The agreement has three parts:', '1) a ceasefire', '2) a prisoner exchange', '3) talks on the border.']),
  en(ITEMS, ['Investigators listed the failures.', '1. The alarm was switched off.', '2. Nobody checked the logs.']),
  en(ITEMS, ['The plan has three stages (1) a freeze, (2) a review and (3) new rules.']),
  en(ITEMS, ['See section 1.', 'Then compare it with section 2.', 'The wording differs.']),
  ru(ITEMS, ['Комиссия предложила два варианта:', 'а) продать актив', 'б) передать его городу.']),
  ru(ITEMS, ['Следствие установило:', '1) сигнализация была отключена', '2) журнал никто не проверял.']),
  // Footnote numbers after a full stop.
  en(NOTES, ['Turnout fell in every district, as reported in the survey.4 5', 'The authors caution against reading too much into it.']),
  en(NOTES, ['Inflation stayed above target for a third year.12', 'Wages did not keep pace.']),
  en(NOTES, ['The ruling was later overturned on appeal.³', 'The case returned to the lower court.']),
  en(NOTES, ['The figures appear in version.2 of the report.']),
  ru(NOTES, ['Опрос проводился в трёх регионах.7', 'Его результаты опубликуют позже.']),
  // A smiley after the full stop reacts to the sentence before it (comments under news, posts quoted in it).
  en(SMILEY, ['The team finally won! 🎉🎉', 'Fans stayed in the square until dawn.']),
  en(SMILEY, ['Trains are running again. :)', 'The strike ended overnight.']),
  ru(SMILEY, ['Снег выпал в Сочи! 😍 ❄️', 'Такого не было десять лет.']),
];
