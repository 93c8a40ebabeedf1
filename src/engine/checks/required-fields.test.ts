import { describe, expect, it } from 'vitest';
import { PACKS } from '../../rules/packs';
import { analyzeNote } from '../analyze';
import { FIELD_IDS } from '../types';

const parenting = PACKS['ct-dds-parenting'];
const missing = (text: string, program: keyof typeof PACKS = 'ct-dds-parenting', context = {}) =>
  analyzeNote(text, PACKS[program], context)
    .findings.filter((finding) => finding.kind === 'missing-field')
    .map((finding) => finding.code)
    .sort();

const COMPLETE = [
  'Date: 05/06/2025',
  'Start: 9:30 AM',
  'End: 10:30 AM',
  "Location: parent's home",
  'Present: parent, her son, provider',
  'Goal: parent will prepare a bottle without prompts.',
  'Teaching strategies: task analysis and modeling.',
  'Outcome: parent completed 5 of 6 steps independently.',
  'Follow-up: practice daily; next session 5/13.',
  'Provider signature: Dana Ruiz',
  'Parent signature: Ms. A',
];

describe('required fields', () => {
  it('finds every Parenting Support element in headers', () => {
    const report = analyzeNote(COMPLETE.join('\n'), parenting);
    expect(report.findings).toEqual([]);
    expect(Object.values(report.fields).every((presence) => presence?.present)).toBe(true);
    expect(Object.keys(report.fields).sort()).toEqual([...FIELD_IDS].sort());
  });

  it('needs both the provider and the parent signature', () => {
    const withoutParent = COMPLETE.filter((line) => !line.startsWith('Parent signature'));
    expect(missing(withoutParent.join('\n'))).toEqual(['signature']);
  });

  it('does not count a blank signature line', () => {
    const blank = COMPLETE.map((line) =>
      line.startsWith('Parent signature') ? 'Parent signature: ________' : line,
    );
    expect(missing(blank.join('\n'))).toEqual(['signature']);
  });

  it("reads GIRP's one-letter G: heading as the session's goal", () => {
    const girp = COMPLETE.map((line) =>
      line.startsWith('Goal')
        ? 'G: Nicole will make one balanced lunch using the plate picture.'
        : line,
    );
    expect(missing(girp.join('\n'))).toEqual([]);
    const none = COMPLETE.filter((line) => !line.startsWith('Goal'));
    expect(missing(none.join('\n'))).toEqual(['goal']);
  });

  it('reads "Next 12/14 ..." as the follow-up', () => {
    for (const said of [
      'Next 12/14 back to the bedtime routine.',
      'next thurs keep going w corner.',
    ]) {
      const next = COMPLETE.map((line) => (line.startsWith('Follow-up') ? said : line));
      expect(missing(next.join('\n'))).toEqual([]);
    }
    expect(missing(COMPLETE.filter((line) => !line.startsWith('Follow-up')).join('\n'))).toEqual([
      'plan',
    ]);
  });

  it("does not take the client's own phone or a call still to come for a phone contact", () => {
    const note = (where: string) =>
      `On 3/4 from 2 to 2:45 pm, recovery plan goal #2. ${where} Linda Marsh, CSW`;
    expect(
      missing(note('CSW showed him how to set 2 alarms on his phone.'), 'ct-dmhas-csp'),
    ).toEqual(['location']);
    expect(
      missing(note('CSW taught him the bus map. He will call me if it fails.'), 'ct-dmhas-csp'),
    ).toEqual(['location']);
    expect(missing(note('Met by phone; he set 2 alarms.'), 'ct-dmhas-csp')).toEqual([]);
  });

  it('does not count an empty header', () => {
    const empty = COMPLETE.map((line) => (line.startsWith('Location') ? 'Location:' : line));
    expect(missing(empty.join('\n'))).toEqual(['location']);
  });

  it('finds elements written in prose', () => {
    const text =
      'On 3/4 met at the library from 2 to 2:45 pm to work on recovery plan goal #2; CSW taught client to read the bus map. Linda Marsh, CSW';
    expect(missing(text, 'ct-dmhas-csp')).toEqual([]);
  });

  it('finds them in the forms busy workers write: spoken times, no labels, a sign-off in lower case', () => {
    const text =
      "Tuesday, March fourth. we met at mom's house (14 Vine St) from a quarter past nine until half past ten, working toward her FSP goal of a bedtime routine. I showed her the picture chart and she did the steps herself, 3 of 4 without prompts. next visit 3/11. present: Keisha, Jaylen and me. tasha p, pssp / keisha signed";
    expect(missing(text)).toEqual([]);
  });

  it('outside parenting a stated duration is enough for the times; parenting needs both', () => {
    const note = (time: string) =>
      `3/4/25 ${time} at the client's apartment. CSW taught client to read her lease, recovery plan goal 1. J. Ruiz, CSW`;
    expect(missing(note('45 min'), 'ct-dmhas-csp')).toEqual([]);
    expect(missing(note(''), 'ct-dmhas-csp')).toEqual(['end-time', 'start-time']);
    expect(missing(note('started at 9:00, 1.5 hours'))).toContain('end-time');
  });

  it('does not take "Goal: continue CSP services" for a plan goal', () => {
    const note = (goal: string) =>
      `3/4/25 10-11 am, office. Goal: ${goal}. CSW called the payer to ask about units. J. Ruiz, CSW`;
    expect(missing(note('continue CSP services'), 'ct-dmhas-csp')).toEqual(['goal']);
    expect(missing(note('pay rent on time (recovery plan goal 2)'), 'ct-dmhas-csp')).toEqual([]);
    // An acronym names a goal ("complete IOP"); lower-case short words stay filler.
    expect(missing(note('complete IOP'), 'mo-community-support')).toEqual([]);
    expect(missing(note('complete f/u'), 'mo-community-support')).toEqual(['goal']);
    // A plan's letters and its goal's number.
    const terse = (goal: string) => `2/26/26  0930-1030  pt apt (Bldg C)\n${goal} housing. Reviewed the housing apps with pt. J. Doe CSW`; // prettier-ignore
    expect(missing(terse('RP #3'), 'ct-dmhas-csp')).toEqual([]);
    expect(missing(terse('TP2'), 'ct-dmhas-csp')).toEqual([]);
    expect(missing(terse('RP'), 'ct-dmhas-csp')).toEqual(['goal']);
    // The plan's goal by its number alone, as "Goal #3" names it.
    expect(missing(note('3'), 'ct-dmhas-csp')).toEqual([]);
    expect(missing(note('2b'), 'ma-csp')).toEqual([]);
    // An item of the plan by its number: "Working toward #1 on his plan"; a phone plan is none.
    const item = (words: string) => `6/15/2026 9:30-10:15 at the library. ${words} I showed him the bus app. Amir Haddad CSP`; // prettier-ignore
    expect(missing(item('Working toward #1 on his plan - getting to therapy.'), 'ma-csp')).toEqual([]); // prettier-ignore
    expect(missing(item('Set up the free minutes on his plan.'), 'ma-csp')).toEqual(['goal']);
  });

  it('a method field that points elsewhere or names only the service names no method', () => {
    const note = (method: string) => `Date 3/4/26 10:00-11:00 at the family home. Present: Kayla (mom), Ray (2). Objective: Kayla uses "redirect + one word" at bath time.\nI: ${method}\nR: Kayla tried it twice.\nNext: 3/11.\nProvider: J. Smith, PSSP  Parent: Kayla Brown`; // prettier-ignore
    expect(missing(note('Parenting support session per plan'), 'ct-dds-parenting')).toEqual(['intervention']); // prettier-ignore
    expect(missing(note('see attached checklist'), 'ct-dds-parenting')).toEqual(['intervention']);
    expect(missing(note('see narrative'), 'ct-dds-parenting')).toEqual(['intervention']);
    expect(missing(`${note('see narrative')}\nNarrative: I modeled the redirect with Ray first.`, 'ct-dds-parenting')).toEqual([]); // prettier-ignore
    expect(missing(note('modeled the redirect with Ray, then coached Kayla'), 'ct-dds-parenting')).toEqual([]); // prettier-ignore
  });

  it('a method to practise after the visit, under its follow-up heading, is no method used in it', () => {
    const note = (body: string) => `DOS 3/12/26 | 2:00p-3:00p | family home, 140 Broad St\nPresent: Amber L. (parent), Dre (4), provider Sheila Grant\nFSP objective 2a: Amber gives one clear instruction.\n${body}\nProvider: Sheila Grant, PSSP\nParent: Amber L.`; // prettier-ignore
    expect(missing(note('Amber repeated herself 5 times.\nFollow-up: practice the cleanup instruction nightly.'), 'ct-dds-parenting')).toEqual(['intervention']); // prettier-ignore
    expect(missing(note('I modeled one instruction with Dre.\nFollow-up: practice nightly.'), 'ct-dds-parenting')).toEqual([]); // prettier-ignore
    expect(missing(note('FSP obj 3 (mealtime): modeled + used picture plate chart.\nF/U: Amber practices daily.'), 'ct-dds-parenting')).toEqual([]); // prettier-ignore
  });

  it('a goal\'s "will" is no next step, and a place\'s word inside a compound is no place', () => {
    const note = (objective: string, next: string) => `3/12/26 6:00-7:15 pm. Home visit, 9 Ridge Rd.\nPresent: Carmen (mom), Elena (3), provider.\nObjective: ${objective}\nStrategy: modeled the board with Elena; Carmen practiced.${next}\nProvider: Tess Ahearn, PSSP   Parent: Carmen Lopez`; // prettier-ignore
    expect(missing(note('Carmen will use a first/then board at bedtime.', ''), 'ct-dds-parenting')).toEqual(['plan']); // prettier-ignore
    expect(missing(note('Carmen will use a first/then board at bedtime.', '\nNext visit 3/19.'), 'ct-dds-parenting')).toEqual([]); // prettier-ignore
    const place = (where: string) => `3/12/26 2:00-3:00pm. present: jess (mom), kaylee (4), me. goal: a 2 minute warning before transitions. i modeled the warning with the timer and had jess practice with the park-to-car card${where}. next visit 3/19. -nicole p, pssp / jess moreau (parent)`; // prettier-ignore
    expect(missing(place(''), 'ct-dds-parenting')).toEqual(['location']);
    expect(missing(place(' at the park'), 'ct-dds-parenting')).toEqual([]);
  });

  it('reads a dictated attendance ("Present Kia, her son Dez ...") and "No other adults"', () => {
    const note = (who: string) => `Date 3/19/26, from 3:00 to 4:30 pm at the family apartment on Dwight Street. ${who} Objective: a calm redirect. I modeled it once; she did it twice. Next visit 3/24. Marcus Tillery, PSSP / K. Thompson`; // prettier-ignore
    expect(missing(note("Present Kia, her son Dez age two, and Kia's cousin Tamika."), 'ct-dds-parenting')).toEqual([]); // prettier-ignore
    expect(missing(note('Present Kia who is thirty-six weeks, her son Dez who is two, and myself.'), 'ct-dds-parenting')).toEqual([]); // prettier-ignore
    expect(missing(note('Rosa came on her own with the boys. No other adults.'), 'ct-dds-parenting')).toEqual([]); // prettier-ignore
    expect(missing(note('Present tense verbs were on the card.'), 'ct-dds-parenting')).toEqual(['participants']); // prettier-ignore
  });

  it('an e-signature line left blank up to the next field is no signature', () => {
    const note = (signed: string) =>
      `Date 2/24/26 11:05-11:50 at the DTA office. Tx Plan Goal 2. Met Lamont; CSW showed him the form. ${signed} Date/Time: ________`;
    expect(missing(note('Electronically signed by: ________'), 'ma-csp')).toEqual(['signature']);
    expect(missing(note('Electronically signed by: Jo Smith, CSP'), 'ma-csp')).toEqual([]);
  });

  it('reads "TxP G2" as a treatment plan goal', () => {
    const note = (goal: string) =>
      `3/2/2026 met Luis at his rooming house on Dudley St from 8:45 to 9:30, ${goal}. Read each page of the Section 8 form aloud; he wrote his own answers. Will ask him Thursday for the receipt. Jacinta Prieto, CSP`;
    expect(missing(note('TxP G2 (housing stability: move to his own unit)'), 'ma-csp')).toEqual([]);
    expect(missing(note('about his housing'), 'ma-csp')).toEqual(['goal']);
  });

  it('reads "RP:" and "rec plan" as the recovery plan, and places with no label', () => {
    const note = (words: string) =>
      `4/6/26 10-11 am. ${words} CSW taught her the budget sheet. J. Ruiz, CSW`;
    expect(missing(note('At her apt. RP: ADLs - housekeeping.'), 'ct-dmhas-csp')).toEqual([]);
    expect(missing(note('At her apt. (rec plan: keep her apartment).'), 'ct-dmhas-csp')).toEqual(
      [],
    );
    expect(missing(note('Picnic table outside the program building. TP goal 1.'), 'ct-dmhas-csp')).toEqual([]); // prettier-ignore
    expect(missing(note('TP goal 1.'), 'ct-dmhas-csp')).toEqual(['location']);
    expect(missing(note('Conference rm. TP goal 1.'), 'ct-dmhas-csp')).toEqual([]);
    expect(missing(note('Oak Grove Apts, Cape Girardeau. TP goal 1.'), 'ct-dmhas-csp')).toEqual([]); // prettier-ignore
    // Where an accompanied appointment was is where the service was.
    expect(missing(note('Took Brian to his PO appt downtown. TP goal 4.'), 'ct-dmhas-csp')).toEqual([]); // prettier-ignore
    expect(missing(note('Went with Alan to his probation appt in Sedalia. TP goal 4.'), 'ct-dmhas-csp')).toEqual([]); // prettier-ignore
  });

  it('parenting: a method told in plain words is a method', () => {
    const note = (how: string) =>
      `2/9/26 9:15 to 10:00 at Desiree's apt. Here: Desiree, Jamal (6 wks), me. Goal: diaper changes. ${how} Progress: kept a hand on him. Next: 2/16.\n- Vanessa Roy, PSSP / Desiree Mills`;
    expect(missing(note('I did the first change start to finish, talking through it.'))).toEqual(
      [],
    );
    expect(missing(note('We made the schedule together on the whiteboard.'))).toEqual([]);
    expect(missing(note('Desiree changed him twice.'))).toEqual(['intervention']);
  });

  it('parenting: a label left empty, the next line another field, is not filled in', () => {
    const note = (who: string) =>
      `Date: 04/01/2026\nTime: 2:00 PM - 3:00 PM\nLocation: Home, 9 Birch Ln\nIndividuals present:${who}\nSession objective: diaper changes.\nTeaching: Demonstrated a change on the doll. Outcome: 1 reminder. Follow-up: 4/8.\nDana Ruiz, PSSP / Maria Lopez (parent)`;
    expect(missing(note(''))).toEqual(['participants']);
    expect(missing(note(' Maria Lopez (mom), Leo (3)'))).toEqual([]);
  });

  it("a label left empty, the next column's label after it on the line, is not filled in", () => {
    const note = (where: string) =>
      `Date: 03/09/2026   Start: 10:15   End: 11:00   Location:${where}Service: CSP Individual\nGoal: Recovery Plan Goal 2.\nIntervention: Taught grounding; client practiced it twice.\nMarisol Ferreira, CSP`;
    expect(missing(note('    '), 'ct-dmhas-csp')).toEqual(['location']);
    expect(missing(note(' Client home   '), 'ct-dmhas-csp')).toEqual([]);
  });

  it('parenting: who signed is not who attended', () => {
    const note = (who: string) =>
      `2/10/2026 | 9:30-10:30 | home visit, Killingly\n${who}Obj: bath routine.\nModeled the bath steps with the doll. Progress: 2 prompts.\nPlan: next visit 2/17.\nYvonne Park, PSSP / B. Tran (parent)`;
    expect(missing(note(''))).toEqual(['participants']);
    expect(missing(note('Present: Bao Tran (mom), baby Kim.\n'))).toEqual([]);
  });

  it('parenting: attendance written as who was seen or took part', () => {
    const note = (who: string) =>
      `11/20/2026, 10:00-11:00 am, family home, 12 Elm St.\n${who}\nGoal: mom will use a calm-down corner (FSP obj 2).\nI modeled the calm-down corner and coached mom as she tried it. Mom said it worked. Next visit 11/27: practice again.\nJane Doe, PSSP. Parent signature on file.`;
    for (const who of [
      'In the home: Maria and her 2 kids.',
      'Maria and Leo were seen at home.',
      'Mom and baby participated.',
      'Just mom and me today; the kids were at daycare.',
      'maria + leo + me',
      'on the call: tasha and me (jayden in the background)',
      'We met w/ Keisha and baby Zion in the kitchen.',
      'PIE note @ home, Pine Ridge Rd (Destiny, her son Caleb 10 mo, and me)',
    ])
      // prettier-ignore
      expect(missing(note(who))).toEqual([]);
    expect(missing(note('The visit was about bedtime.'))).toEqual(['participants']);
  });

  it('a place in a goal line, or a call the client made to someone else, is not where the service was', () => {
    const note = (body: string) =>
      `11/19/2026 2:05-2:45pm. goal: keep benefits so he can stay in his apartment (recovery plan #1). ${body}\nt. nguyen csp`;
    expect(missing(note('We filled in the SSI form; he called the benefits line to ask about it.'), 'ct-dmhas-csp')).toEqual(['location']); // prettier-ignore
    expect(missing(note('Called client and we filled in the SSI form together.'), 'ct-dmhas-csp')).toEqual([]); // prettier-ignore
    expect(missing(note('Met at his apartment and we filled in the SSI form.'), 'ct-dmhas-csp')).toEqual([]); // prettier-ignore
  });

  it('outside parenting, flags a missing intervention only when the note says nothing the worker did', () => {
    const base =
      '4/4/25 - Home visit at Mr. Greer’s apartment, 2 hrs. Service plan goal: stay housed. ';
    expect(
      missing(
        `${base}Mbr was in a good mood and talked about the Red Sox. K. Smith, CSW`,
        'ma-csp',
      ),
    ).toEqual(['intervention']);
    expect(missing(`${base}Went over his rent ledger with him. K. Smith, CSW`, 'ma-csp')).toEqual(
      [],
    );
    // Work the program does not pay for still says what the worker did.
    expect(
      missing(
        `${base}Went to the store and got his groceries off his list. K. Smith, CSW`,
        'ma-csp',
      ),
    ).toEqual([]);
    expect(
      missing(
        `${base}CSW was present for the whole meeting, for her part: reported that he pays rent on time. K. Smith, CSW`,
        'ma-csp',
      ),
    ).toEqual([]);
    // An act after a comma or a dash opens its clause as well as one after a colon.
    expect(missing(`${base}Mid-morning, dropped by to see how he is doing. K. Smith, CSW`, 'ma-csp')).toEqual([]); // prettier-ignore
    // A group note's topic is what the worker led.
    expect(missing(`${base}WRAP group. Topic: daily maintenance list. Each person wrote 3 things. K. Smith, CSW`, 'ma-csp')).toEqual([]); // prettier-ignore
  });

  it('reads a place written as whose home it is, or a store by its name', () => {
    const note = (place: string) =>
      `11/19/2026 2:05-2:45pm ${place}. recovery plan goal 1: budgeting. We went over his budget sheet. t. nguyen csp`;
    expect(missing(note("at his mom's"), 'ct-dmhas-csp')).toEqual([]);
    expect(missing(note('mcdonalds on main'), 'ct-dmhas-csp')).toEqual([]);
    expect(missing(note('Danbury Pediatrics waiting rm'), 'ct-dmhas-csp')).toEqual([]);
    // a place's word that names no place: a bank statement, benefits "in place", someone's eye level
    const where = (text: string) => missing(`11/19/2026 2:05-2:45pm. recovery plan goal 1: budgeting. ${text} t. nguyen csp`, 'ct-dmhas-csp'); // prettier-ignore
    expect(where('Went over his March bank statement line by line with him.')).toEqual([
      'location',
    ]);
    expect(where('Goal 2: keep benefits in place. Went through the DTA interview questions with him.')).toEqual(['location']); // prettier-ignore
    expect(where("Modeled holding the card at Gabriel's eye level.")).toEqual(['location']);
    expect(where("Met at Gabriel's after school.")).toEqual([]);
    expect(missing(note('with his mom'), 'ct-dmhas-csp')).toEqual(['location']);
  });

  it('says where it looked in the card of a missing field', () => {
    const finding = analyzeNote(
      'CSW and client developed a budget.',
      PACKS['ma-csp'],
    ).findings.find((candidate) => candidate.code === 'location');
    expect(finding?.message).toMatch(/Looked for a place label, a place \(home, apartment, office/);
  });

  it("counts the EHR form's own inputs as present", () => {
    const report = analyzeNote(
      'Taught client to read the bus map. J. Ruiz, CSW',
      PACKS['ct-dmhas-csp'],
      {
        fields: { location: true, goal: true, date: true },
        startMinutes: 14 * 60,
        endMinutes: 14 * 60 + 45,
      },
    );
    expect(report.findings).toEqual([]);
    expect(report.fields.location).toEqual({ present: true, where: 'context' });
    expect(report.fields['start-time']).toEqual({ present: true, where: 'context' });
    expect(report.time.minutes).toBe(45);
  });

  it('maps DAP, BIRP and SOAP sections to intervention, response and plan', () => {
    const base = [
      'Date: 5/6/25 9:00-10:00 am',
      "Location: parent's home",
      'Present: parent',
      'Goal: bath safety',
    ];
    const signatures = ['Provider signature: D. Ruiz', 'Parent signature: Ms. A'];
    const forms = [
      [
        'D: provider modeled testing the water.',
        'A: parent tested it alone.',
        'P: practice nightly.',
      ],
      [
        'I: provider modeled testing the water.',
        'R: parent tested it alone.',
        'P: practice nightly.',
      ],
      [
        'O: provider modeled testing the water.',
        'A: parent tested it alone.',
        'P: practice nightly.',
      ],
    ];
    for (const sections of forms)
      expect(missing([...base, ...sections, ...signatures].join('\n'))).toEqual([]);
  });

  it('Missouri: a note tied to sobriety, a crisis or arranged supports has its goal link', () => {
    const form = {
      fields: { date: true, 'start-time': true, 'end-time': true, location: true, signature: true },
    };
    expect(missing('CSW and client developed a budget.', 'mo-community-support', form)).toEqual([
      'goal',
    ]);
    expect(
      missing(
        'CSW linked client to an NA meeting to support his sobriety.',
        'mo-community-support',
        form,
      ),
    ).toEqual([]);
  });

  it('a finding for a missing field cites its source and offers a template', () => {
    const finding = analyzeNote(
      'CSW and client developed a budget.',
      PACKS['mo-community-support'],
    ).findings.find((candidate) => candidate.code === 'goal');
    expect(finding?.source).toEqual({ document: '002_272baf8fda9674c5.txt', section: '(11)3' });
    expect(finding?.suggestions[0]?.replacement).toContain('[');
  });
});

describe('required fields written the way providers write them', () => {
  it('reads an attendance list of people with their role or age', () => {
    const note = COMPLETE.filter((line) => !line.startsWith('Present'));
    expect(missing(note.join('\n'))).toEqual(['participants']);
    const listed = [...note, 'Session w/ maria (mom) and baby luca (7 mo) at her house.'];
    expect(missing(listed.join('\n'))).toEqual([]);
  });

  it('reads signatures said in a sentence, each with its role', () => {
    const note = COMPLETE.filter((line) => !/signature/.test(line));
    expect(missing(note.join('\n'))).toEqual(['signature']);
    const signed = [
      ...note,
      'Brianna Cole signed as parent at the end of the visit, and I, Leah Fischer, BA, Parenting Support Provider, signed as provider.',
    ];
    expect(missing(signed.join('\n'))).toEqual([]);
  });

  it.each([
    'crystal, ava, aiden, me.',
    'jenna + lily (3).',
    "12/2 samantha + rory + linda at linda's house.",
    'jenna, lily, her mom (grandma sue) came at 10:30.',
  ])('reads a bare list of people as those present: %j', (list) => {
    const note = COMPLETE.filter((line) => !line.startsWith('Present')).concat(list);
    expect(missing(note.join('\n'))).toEqual([]);
  });

  it.each(["crystal's house, torrington.", 'km, csw'])(
    'does not take %j for those present',
    (line) => {
      const note = COMPLETE.filter((entry) => !entry.startsWith('Present')).concat(line);
      expect(missing(note.join('\n'))).toEqual(['participants']);
    },
  );

  it("reads a parenting session's topic heading a sentence as its objective", () => {
    const topic = COMPLETE.map((line) =>
      line.startsWith('Goal') ? 'cup drinking: showed the open cup, she did it alone.' : line,
    );
    expect(missing(topic.join('\n'))).toEqual([]);
  });

  it('asks a no-show only for its date and signature', () => {
    const text =
      "11/23 went to nicole's 10am for safe sleep f/u, no answer, texted + called, waited til 10:20. will try wed. tom p";
    const report = analyzeNote(text, parenting);
    expect(report.findings.map((finding) => finding.code)).toEqual(['no-show']);
  });

  it.each([
    "12/3 nicole's norwich 3-4. nicole, ellie (11 wk), marcus.",
    "12/3 thurs crystal's in torrington, started 12:45.",
  ])(
    "reads the family's name in the possessive on a dated first line as the place: %j",
    (first) => {
      const note = COMPLETE.filter((line) => !line.startsWith('Location'));
      expect(missing([first, ...note].join('\n'))).toEqual([]);
      expect(missing(note.join('\n'))).toEqual(['location']);
    },
  );

  it.each([
    'went bowling w/ Devon at Lucky Strike 12/8 from 4 to 5:30, RP goal 2. - Keisha',
    'ph w/ Ms. Dube 12/8 11:00-11:20am, showed her how to dial on speaker, goal: access care. -Ana P',
    '12/10 2p-2:30p mbr @ Lynn CSP ofc. reviewed crisis prev plan w/ mbr, tx goal: reduce ED visits. -L. Chen',
    'group this afternoon 12/1 at the wellness ctr 1:30 to 2:30, taught relapse warning signs, RP goal 2. -J',
  ])('reads a named place, "@" and phone shorthand as the location: %j', (text) => {
    expect(missing(text, 'ct-dmhas-csp')).toEqual([]);
  });

  it('reads the worker\'s acts told in the present ("I call her right away") as what the worker did', () => {
    const note = (body: string) =>
      `Phone contact - crisis. 08/04/2026, 21:05 to 21:30. Goal 3 crisis safety. ${body}\n- M. Haddad, CSP`;
    expect(missing(note('Client text on-call phone. I call her right away and I ask directly about suicide.'), 'ct-dmhas-csp')).toEqual([]); // prettier-ignore
    expect(missing(note('Client text on-call phone. She say she fight with boyfriend.'), 'ct-dmhas-csp')).toEqual(['intervention']); // prettier-ignore
    expect(missing(note('Lucia read me each answer; I caught a wrong move-in date and she fixed it herself.'), 'ct-dmhas-csp')).toEqual([]); // prettier-ignore
  });

  it('reads an act after a day and date as what the worker did', () => {
    const text =
      'wed 12/9 advocated for Lamar on the phone w/ his landlord re: the late rent (goal: stable housing). -p.j.';
    expect(missing(text, 'ct-dmhas-csp')).not.toContain('intervention');
    expect(
      missing('wed 12/9 Lamar is behind on rent (goal: stable housing). -p.j.', 'ct-dmhas-csp'),
    ).toContain('intervention');
  });

  it('reads a teaching method in the words providers type: "demo\'d", "as the example", "used the planner sheet"', () => {
    const without = [
      "12/8 1:15-2:30 keisha's apt willimantic. present: keisha, dj, me.",
      'goal: high chair safety + strap.',
      'k got it right 2x. next wk cup drinking.',
      'm ortega',
      'parent sig: keisha j',
    ];
    expect(missing(without.join('\n'))).toEqual(['intervention']);
    for (const method of [
      "demo'd the 5 pt strap on the high chair, she did it back 2x.",
      'i did monday as the example, bri did tues + wed on her own.',
      'we used the meal planner sheet w food pics.',
    ])
      expect(missing([...without, method].join('\n'))).toEqual([]);
  });
});
