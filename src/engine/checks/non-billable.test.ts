import { describe, expect, it } from 'vitest';
import { PACKS } from '../../rules/packs';
import { analyzeNote } from '../analyze';

const codes = (text: string, program: keyof typeof PACKS = 'mo-community-support') =>
  analyzeNote(text, PACKS[program])
    .findings.filter((finding) => finding.kind === 'non-billable')
    .map((finding) => finding.code);

describe('non-billable', () => {
  it("reads 'not on the clock' as the provider's drive left out of the billed time (w89-019)", () => {
    const visit = '11:00-12:15 at WIC. Bri took the bus with Nevaeh, I drove myself';
    expect(codes(`${visit}, my drive not on the clock.`, 'ct-dds-parenting')).toEqual([]);
    expect(codes(`${visit} and billed my drive.`, 'ct-dds-parenting')).toEqual(['transportation']);
  });

  it("reads the act after a header label and its colon as the writer's (w85-002)", () => {
    const note =
      'tx plan goal crisis prevention plan: did a therapy session with Darnell on his anger.';
    expect(codes(note, 'ma-csp')).toEqual(['counseling']);
    // A goal's words after its label are no act.
    expect(codes('tx plan goal: prepare three hot meals a week.', 'ma-csp')).toEqual([]);
  });

  it('reads a walk to a room of the same building as no ride (w85-024)', () => {
    expect(codes('I took her to the dayroom and we talked about goal 3.')).toEqual([]);
    expect(codes('CSW brought him back to his room after group.')).toEqual([]);
    expect(codes('I took her to the clinic for her appointment.')).toEqual(['transportation']);
  });

  it("holds Missouri's documented need when the note says why the ride was needed (w87-027)", () => {
    const ride = 'Transported Harold to the clinic for his appointment.';
    expect(codes(ride)).toEqual(['transportation']);
    expect(codes(`${ride} Why CSW transport was needed: he got lost.`)).toEqual([]);
    expect(codes(`${ride} He got off at the wrong stop both times he tried.`)).toEqual([]);
    expect(codes(`${ride} He missed it both days (see notes of 3/25 and 4/1).`)).toEqual([]);
  });

  it("flags 'drove client' but not 'client drove'", () => {
    expect(codes('CSW drove client to the clinic.')).toEqual(['transportation']);
    expect(codes('Client drove to the clinic.')).toEqual([]);
  });

  it.each([
    'CSW did not drive him to the clinic.',
    "CSW didn't drive client to the clinic.",
    'No ride was given.',
    'CSW will drive client to the clinic next week.',
    'CSW did not drive or transport client.',
  ])('stays quiet when the ride did not happen: %j', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it.each([
    'I drove client to the clinic.',
    'This writer transported client to the clinic.',
    'Staff picked client up at his apartment.',
    'Drove clt to his appt.',
    'Gave him a ride home.',
    'Client was transported by CSW.',
    'CSW met client at the library and then drove him home.',
    'CSW did not call ahead or wait; CSW drove client to the clinic.',
    'Client could not find the bus stop or the schedule, so CSW drove him to the clinic.',
    'Picked Kayla and the baby up and ran them over to the pediatrician.',
    'Ran her over to the pediatrician.',
    'tues 11/24 gave him a ride to the food pantry and back, 45 min.',
  ])('flags a ride given by the worker: %j', (text) => {
    expect(codes(text)).toEqual(['transportation']);
  });

  it.each([
    'Afterward entered the ISP update in the EHR.',
    'Later typed the progress note.',
    'Next typed the progress note.',
    'tues 11/24 typed the progress note.',
  ])(
    'an opening "afterward", "later", "next" or day is no subject: the writer did it: %j',
    (text) => {
      expect(codes(text, 'ct-dmhas-csp')).toEqual(['paperwork']);
    },
  );

  it.each([
    'Went to see Luis at his rooming house on Ferry St for our 3pm; worked on his budget.',
    'Met her at the Carry Ave bus stop and walked her through the schedule.',
  ])('a street named like a verb is a place, not a ride: %j', (text) => {
    expect(codes(text, 'ct-dmhas-csp')).toEqual([]);
  });

  it("a note typed into the client's phone at his request is not the worker's paperwork", () => {
    expect(codes('He chose the wording and I typed it into his phone notes at his request.', 'ct-dmhas-csp')).toEqual([]); // prettier-ignore
    expect(codes('I typed the progress notes into the EHR.', 'ct-dmhas-csp')).toEqual([
      'paperwork',
    ]);
  });

  it('"her" before a thing she owns, and "them" after things, are not the person carried', () => {
    expect(codes('Picked up her groceries at Stop and Shop.', 'ct-dmhas-csp')).not.toContain('transportation'); // prettier-ignore
    expect(codes('Picked up her at the shelter.', 'ct-dmhas-csp')).toEqual(['transportation']);
    expect(codes('Picked up his meds at Walgreens on my way and brought them over.', 'ct-dmhas-csp')).not.toContain('transportation'); // prettier-ignore
    expect(codes('Picked up the kids from school and brought them home.', 'ct-dmhas-csp')).toEqual(['transportation']); // prettier-ignore
  });

  it('a sticky note of what to say is a teaching aid, not paperwork', () => {
    expect(codes('CSW wrote 3 lines on a sticky note of what to say; she then called the pharmacy herself.', 'mo-community-support')).toEqual([]); // prettier-ignore
  });

  it('parenting: feeding one child so the parent can see how is modeling, not child care', () => {
    const text = (how: string) => `I fed Rylee while Amanda fed Ryan${how}.`;
    expect(codes(text(' so she could see the spoon rhythm, then I handed off'), 'ct-dds-parenting')).toEqual([]); // prettier-ignore
    expect(codes(text(' because she was tired'), 'ct-dds-parenting')).toEqual(['household-tasks']);
  });

  it('"none of that billed" leaves the drive out of the time', () => {
    const note = (after: string) =>
      `3/4/26 Session 11:05a-12:20p (75 min). Drove 30 min each way + wrote this after${after}.\nGoal 2: bedtime. Modeled the chart.`;
    expect(codes(note(' - none of that billed'), 'ct-dds-parenting')).toEqual([]);
    expect(codes(note(', all inside the session time'), 'ct-dds-parenting')).toEqual([
      'transportation',
    ]);
  });

  it('Massachusetts: a next sentence saying what the ride was documents the exception', () => {
    const note = (next: string) =>
      `Gave Rosa a lift from her apartment to Riverside for her 10:00. ${next} In the waiting room we called the ride broker together.`;
    expect(codes(note('This is temporary transportation to an essential behavioral health appointment while her PT-1 is pending.'), 'ma-csp')).toEqual([]); // prettier-ignore
    expect(codes(note('She was glad of it.'), 'ma-csp')).toEqual(['transportation']);
  });

  it.each([
    "Client's mother drove him to the clinic.",
    'Client asked CSW to drive him to the clinic.',
    'Client took the bus to the clinic.',
    'Client was transported by his brother.',
  ])('stays quiet when someone else gave the ride: %j', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it('Missouri (B)7: quiet when the note documents a need the client could not resolve alone', () => {
    const text =
      'Client previously missed two dental appointments because he could not manage the bus transfer on his own. CSW drove him to the dentist.';
    expect(codes(text)).toEqual([]);
  });

  it('Missouri (B)7: quiet when the worker resolved an immediate crisis', () => {
    expect(
      codes('Client was in crisis after the eviction; CSW drove him to the crisis center.'),
    ).toEqual([]);
  });

  it('Massachusetts: quiet for temporary transport to an essential medical appointment', () => {
    const text =
      'CSW drove member to her psychiatrist as temporary help until her PT-1 ride is approved.';
    expect(codes(text, 'ma-csp')).toEqual([]);
    expect(codes('CSW drove member to the mall.', 'ma-csp')).toEqual(['transportation']);
  });

  it('Connecticut (10): quiet when a qualifying service was delivered during the trip', () => {
    const text =
      'CSW drove client to the pharmacy. During the drive CSW and client practiced what to ask the pharmacist.';
    expect(codes(text, 'ct-dmhas-csp')).toEqual([]);
    expect(codes('CSW drove client to the pharmacy.', 'ct-dmhas-csp')).toEqual(['transportation']);
  });

  it('Connecticut (6): doing the chore is flagged, teaching it is not', () => {
    expect(codes('CSW cleaned the kitchen for client.', 'ct-dmhas-csp')).toEqual([
      'household-tasks',
    ]);
    expect(
      codes(
        'CSW taught client to clean the kitchen by modeling the first counter.',
        'ct-dmhas-csp',
      ),
    ).toEqual([]);
  });

  it('counts a no-show whoever is the subject, but not a denial of one', () => {
    expect(codes('Client was a no-show.', 'ct-dmhas-csp')).toEqual(['no-show']);
    expect(codes('Client has not missed an appointment this month.', 'ct-dmhas-csp')).toEqual([]);
  });

  it('a short sentence right after the act that says it was not billed covers it', () => {
    const line = (after: string) =>
      `1:00 home visit: not home, no answer at door. ${after}\nPhone contact 3:40-4:05 pm, crisis goal 1.`;
    expect(codes(line('NOT BILLED (no-show).'), 'ct-dmhas-csp')).toEqual([]);
    expect(codes(line('She was gone all day.'), 'ct-dmhas-csp')).toEqual(['no-show']);
  });

  it('reports one finding when two rules cite the same ride', () => {
    expect(codes('CSW drove client back to the program.')).toEqual(['transportation']);
  });

  it('says nothing about non-billed work in a note marked "Documented but not Billed"', () => {
    expect(codes('CSW drove client to the clinic. (Documented but not Billed)')).toEqual([]);
  });

  it('cites the program section', () => {
    const finding = analyzeNote(
      'CSW drove client to his dentist appointment.',
      PACKS['mo-community-support'],
    ).findings.find((candidate) => candidate.kind === 'non-billable');
    expect(finding?.source).toEqual({ document: '002_272baf8fda9674c5.txt', section: '(B)7' });
  });
});

describe('non-billable: one trip under the exception', () => {
  const ride =
    'CSW drove Rosa to her psychiatry appointment as temporary help while her PT-1 is pending.';
  it('covers the way back when it names no other place', () => {
    expect(codes(`${ride} On the drive back we went over the bus route.`, 'ma-csp')).toEqual([]);
  });
  it('does not cover a ride somewhere else', () => {
    expect(codes(`${ride} Then CSW drove her to the mall.`, 'ma-csp')).toEqual(['transportation']);
  });
});

describe('non-billable: what the note says was not done, or not billed', () => {
  it.each([
    ['Objective 1b: plan and shop for 4 home-cooked meals per week.', 'ct-dmhas-csp'],
    ['Follow-up: Continue nap schedule next visit 3/12.', 'ct-dds-parenting'],
    ['Picked Carla up at 1:15 and drove her to the Social Security office (drive not billed).', 'mo-community-support'], // prettier-ignore
    ['Writer did not do therapy today.', 'ct-dmhas-csp'],
    ['I gave them her crisis plan + meds list w/ her ok.', 'ct-dmhas-csp'],
    ["Client came from the nurse's station, where nursing staff give her daily methadone dose.", 'mo-community-support'], // prettier-ignore
    ['Writer offered a one-time ride as a backup; member declined.', 'ma-csp'],
    ['CSW stayed with Derek in the intake waiting area until he was called back.', 'mo-community-support'], // prettier-ignore
    ['after visit i talked w/ my supervisor about the notice, not billing that and its not in the time above.', 'ct-dmhas-csp'], // prettier-ignore
    ["Typed up the plan changes afterwards, didn't bill for it.", 'ct-dmhas-csp'],
    ['(I typed this note at home afterward; that time is not part of the session above.)', 'ct-dds-parenting'], // prettier-ignore
    ['F/u: use board at dinner daily. Drive time not incl.', 'ct-dds-parenting'],
    ['Ethan told me his therapist did a DBT chain analysis with him Tuesday.', 'ma-csp'],
    ['No answer at the door; house manager said he went out around 1. Waited 10 min, left a card. Missed visit — not billed.', 'ct-dmhas-csp'], // prettier-ignore
    ['Sofia lifted her head and cried after a few minutes. Gabby picked her up.', 'ct-dds-parenting'], // prettier-ignore
    ['I, Janelle Brooks, CSW, wrote this note.', 'ct-dmhas-csp'],
    ['jos UA was collected by the nurse before she came to me. nurse also did her meds, not me.', 'mo-community-support'], // prettier-ignore
    ['CSW and Keisha practiced the questions she wants to ask (can I take this with my other pill? what do I do if I miss a dose?)', 'ct-dmhas-csp'], // prettier-ignore
    ['I used the picture food cards (iron foods in red border) and asked her to sort them.', 'ct-dds-parenting'], // prettier-ignore
    ["Case was staffed at the team meeting 10/26 - see separate non-billable entry; not part of this note's time.", 'mo-community-support'], // prettier-ignore
    ['She said what she wanted in her own words and I typed it into the notes app on her phone.', 'ct-dmhas-csp'], // prettier-ignore
    // a form's label before its dotted leader; a thing named after a ride ("the ride line number")
    ['Transportation Provided ....... NO\nTransport Justification ....... \nClinical Tx Plan Goal ......... Keep MassHealth', 'ma-csp'], // prettier-ignore
    ['She called the front desk and the Medicaid ride line. CSW gave him the ride line number.', 'ma-csp'], // prettier-ignore
    // the items of a plan written in the visit; a goal after its plan's abbreviation
    ['We wrote a 5-9 pm evening plan on an index card: call sponsor at 6, cook dinner instead of driving past the liquor store.', 'mo-community-support'], // prettier-ignore
    ['Met Joanne at the laundromat, 45 min. TP goal: do her own laundry weekly so she keeps her room.', 'ma-csp'], // prettier-ignore
    ['She spent the hour processing her grief with her therapist.', 'mo-community-support'],
    ['CSW and client talked through the bus route to the clinic.', 'mo-community-support'],
    ['Participant was a no-show for her 11/4 psychiatry appt; CSW and participant went through what got in the way.', 'ct-dmhas-csp'], // prettier-ignore
    ['He missed his PCP appointment last week, so we called to reschedule.', 'ct-dmhas-csp'],
    ['The VNA nurse was packing up when I got there - she had filled his pillbox and given his shot.', 'ct-dmhas-csp'], // prettier-ignore
    ['present: Brianna, baby Ava, me, and her aunt Lisa dropped off groceries around 10 and left', 'ct-dds-parenting'], // prettier-ignore
    ['she made her own list for inside, i didnt go in or shop for her.', 'ct-dmhas-csp'],
    ["drove her to her PCP appt. this is temp - her PT-1 went in 11/20 and isn't approved yet.", 'ma-csp'], // prettier-ignore
    ['1:00-2:30 pm total; I drove her to the store and back (about 15 min each way) and that drive time is left out - billed 60 min.', 'ct-dmhas-csp'], // prettier-ignore
    ['Drove Ty to the clinic (25 min, excluded from the billed time).', 'ct-dmhas-csp'],
    // an empty pill organizer brought along is a teaching prop; filling one is handling medication
    ['I brought a 7-day AM/PM pill organizer. I did not set it up for him.', 'ct-dmhas-csp'],
    ['CSW showed him how to fill the weekly pill box, then he filled it himself.', 'ma-csp'],
    ['Repeated back 2 of 3 answers (start iron-fortified cereal at 6 mo; teething ring in fridge).', 'ct-dds-parenting'], // prettier-ignore
    ['Before we went in I reviewed the picture shopping list with her in the car.', 'ct-dds-parenting'], // prettier-ignore
    ['The drive there and back (about 25 min each way) and writing this up afterward are not in that time.', 'ct-dmhas-csp'], // prettier-ignore
    ["drove cl to her probation appt. she's missed the last 2 b/c she got lost at the bus transfer both times, so this is the documented need.", 'mo-community-support'], // prettier-ignore
    // a numbered list of steps written down; a meeting named as a time
    ['I wrote the steps on a card (1. find the name, 2. read the take line out loud, 3. put the pills in the AM or PM row, 4. count the row).', 'ct-dmhas-csp'], // prettier-ignore
    ['I reviewed his referral with him so our chart had everything before the team meeting Monday.', 'mo-community-support'], // prettier-ignore
    // an -ing form after a person's noun is that person's act
    ['Went over his weekend -- NA Sat at the church, sponsor giving him a ride.', 'mo-community-support'], // prettier-ignore
    // holding the baby to show the parent how
    ['I held Liam to show her how to support his head, then she held him.', 'ct-dds-parenting'], // prettier-ignore
    // the nurse gave it
    ['The nurse gave him his Suboxone film at the nurse station while I waited.', 'mo-community-support'], // prettier-ignore
    // a chore's verb used as a noun after "the"
    ["Tiana told me what the pediatrician said and we added the iron drops time to her fridge chart.", 'ct-dds-parenting'], // prettier-ignore
    // a time supposed, not a visit missed
    ["Andre asked how he can help when Keisha's not home; Keisha showed him the card.", 'ct-dds-parenting'], // prettier-ignore
    // therapy someone else does
    ['Her therapist does about 50 min of therapy with her every Tuesday.', 'ma-csp'],
    // travel said to be outside the billed time
    ['Time billed: 12:00-1:30 PM (not including my drive from the office).', 'ct-dds-parenting'], // prettier-ignore
    ['12:00-1:30 PM; the time includes my drive out, which is not billed.', 'ct-dds-parenting'], // prettier-ignore
    // going over a note or a chart with the parent is no paperwork
    ['We went over this note together and she added what she wanted changed.', 'ct-dds-parenting'], // prettier-ignore
    // an object's word inside a place's name
    ['Afterwards went to the Fair Haven library to look up bus times with him.', 'ct-dmhas-csp'],
    // rounds of an exercise, counted, are no team rounds
    ['Showed her box breathing and had her do 3 rounds with me counting.', 'ct-dmhas-csp'],
    // an act told of an earlier occasion, not of the visit billed
    ['Last 2 times CSP drive her; PT-1 now approved 17/04.', 'ma-csp'],
    ['Yesterday I did a CBT thought record with him, per his therapist.', 'ct-dmhas-csp'],
  ] as const)('%j is not a non-billable act', (text, program) => {
    expect(codes(text, program)).toEqual([]);
  });

  it.each([
    ['Writer did CBT thought records with him.', 'ct-dmhas-csp', 'counseling'],
    ['Last week we planned the move. Today I drove her to Walmart for groceries.', 'ma-csp', 'transportation'], // prettier-ignore
    ['Took Dana to the fair after the visit so she could have some fun.', 'ct-dmhas-csp', 'recreation'], // prettier-ignore
    ['Last 15 min went over my timesheet and the monthly billing form with Gina.', 'ct-dds-parenting', 'paperwork'], // prettier-ignore
    ['Time billed: 12:00-1:30 PM (90 min, incl. drive from office).', 'ct-dds-parenting', 'transportation'], // prettier-ignore
    ['did about 40 min of therapy around his trauma stuff from the army.', 'mo-community-support', 'counseling'], // prettier-ignore
    ['I spent the afternoon driving him to the casino and back.', 'mo-community-support', 'transportation'], // prettier-ignore
    ['Then I watched him dose his Suboxone film at the nurse station.', 'mo-community-support', 'medication'], // prettier-ignore
    ['I held and rocked Liam for about 30 minutes so she could take a shower.', 'ct-dds-parenting', 'household-tasks'], // prettier-ignore
    ['I kept an eye on Jaylen and Mia in the living room while she lay down.', 'ct-dds-parenting', 'household-tasks'], // prettier-ignore
    ['I spent about 40 min doing trauma processing with her.', 'ma-csp', 'counseling'],
    ['Billed 9:00 to 11:00, which counts the drive out from our office.', 'ct-dds-parenting', 'transportation'], // prettier-ignore
    ['then i did her 6 month progress report for the last half hr', 'ct-dds-parenting', 'paperwork'], // prettier-ignore
    ['Yesterday she was upset, so today I did a CBT thought record with her.', 'ct-dmhas-csp', 'counseling'], // prettier-ignore
    ['Staff gave her the methadone dose.', 'mo-community-support', 'medication'],
    ['I kept Sofia and Andre in the living room until Maria was finished.', 'ct-dds-parenting', 'household-tasks'], // prettier-ignore
    ['Client was a no show.', 'ct-dmhas-csp', 'no-show'],
    ['Then I typed up this note in the car after.', 'ct-dds-parenting', 'paperwork'],
    ['Ms. Ortega called me at 8:50 am (5 min call) to cancel today\'s 10:00 home session.', 'ct-dds-parenting', 'no-show'], // prettier-ignore
    ['Client was a no-show for the group.', 'ct-dmhas-csp', 'no-show'],
    ["Stopped at his rooming house to drop off his bus pass. He wasn't home, the house manager said he left early.", 'ct-dmhas-csp', 'no-show'], // prettier-ignore
    ['Arrived 10:00. Brianna cancelled at the door, said Kiara had a fever all night.', 'ct-dds-parenting', 'no-show'], // prettier-ignore
    ["Spent the hour processing her grief over her mother's death.", 'mo-community-support', 'counseling'], // prettier-ignore
    ['We worked thru his guilt and shame about the relapse.', 'ma-csp', 'counseling'],
    ['we spent about 35 min talking through his anger at his father.', 'mo-community-support', 'counseling'], // prettier-ignore
    ['I had filled his pillbox before she got there.', 'ct-dmhas-csp', 'medication'],
    ['CSW set up her pill organizer for the week.', 'ct-dmhas-csp', 'medication'],
    ['Time: 10:00-11:00. 15 min writing this up.', 'ct-dds-parenting', 'paperwork'],
    ['VNA nurse cancelled today so I set up his meds in the weekly pill box and watched him take the morning dose.', 'ma-csp', 'medication'], // prettier-ignore
    ['Transp clt from apt (Nevada MO) to P&P office for 1400 check-in + back.', 'mo-community-support', 'transportation'], // prettier-ignore
    ["Intervention: Took Tonya to see a movie and get dinner at Friendly's afterward as a reward.", 'ct-dmhas-csp', 'recreation'], // prettier-ignore
    ['Client has the flu so I took his list & did his grocery shopping for him at Price Rite.', 'ct-dmhas-csp', 'household-tasks'], // prettier-ignore
    ['While he was at program I bagged up his laundry, did it at the laundromat and folded it.', 'ma-csp', 'household-tasks'], // prettier-ignore
    ['CSW and client made a list, then CSW did her dishes and swept.', 'ma-csp', 'household-tasks'], // prettier-ignore
    ['then spent bout 30 min after the visit typing up her plan update in the chart.', 'ct-dmhas-csp', 'paperwork'], // prettier-ignore
    ['I: CSW and client spent most of the hour processing her shame about the relapse.', 'mo-community-support', 'counseling'], // prettier-ignore
    ['CSW collected observed UA at start of session per nurse request.', 'mo-community-support', 'specimen-collection'], // prettier-ignore
    ['CSW gave Monique a tour of the building (group rooms, nurse station, smoking area).', 'mo-community-support', 'orientation'], // prettier-ignore
  ] as const)('%j still is', (text, program, code) => {
    expect(codes(text, program)).toEqual([code]);
  });

  it("does not take a flattened form's earlier fields for the doer of what its Service Description says", () => {
    expect(
      codes(
        "Participant: Marcus Tate Treatment Plan Goal: #2 build sober support network Service Description: Collected Marcus's observed UA at 8:00 and labeled the cup for the lab.",
      ),
    ).toEqual(['specimen-collection']);
  });

  it('reads who did an act past a phrase that ends at a comma', () => {
    expect(
      codes(
        "Reviewed Lamar's chart before the state audit next week, then typed the updated treatment plan into the EHR.",
      ),
    ).toEqual(['record-review', 'paperwork']);
  });

  it('does not take the subject of what was made sure of for the doer of the next act', () => {
    const text =
      "Reviewed client's chart to make sure the ASAM and treatment plan signatures were complete, then typed the plan update into the EHR.";
    expect(codes(text, 'mo-community-support')).toContain('paperwork');
    expect(
      codes('Mom asked if the kids were fed and then cleaned the kitchen.', 'ct-dds-parenting'),
    ).toEqual([]);
  });

  it('gives a verb after ", and" the main clause\'s doer, not that of a "so" clause between', () => {
    const text =
      'Dana set her phone on the bookshelf so I could see her, and fed Mateo his 7:15 bottle while I talked her through it.';
    expect(codes(text, 'ct-dds-parenting')).toEqual([]);
    expect(
      codes(
        'I set the phone down so she could rest, and fed Mateo his bottle.',
        'ct-dds-parenting',
      ),
    ).toEqual(['household-tasks']);
    // a note's opening "picked pt up" is the worker's act, after the date and time too
    expect(codes('12/1 7:30 to 8:20 picked pt up at her apt and drove her to the program, then collected her UA.', 'mo-community-support')).toContain('specimen-collection'); // prettier-ignore
    // the same after ", then", and after the shorthand "bc"
    expect(
      codes(
        'drove her to the program for group bc she said her car is still in the shop, then collected her UA.',
        'mo-community-support',
      ),
    ).toContain('specimen-collection');
  });

  it('reads the words after a goal label as the goal, not an act, unless told in the past', () => {
    expect(
      codes('Rehab plan obj 1b: plan and buy a week of groceries for $60 or less.', 'ct-dmhas-csp'),
    ).toEqual([]);
    expect(codes('Worked on obj 1b: bought a week of groceries for him.', 'ct-dmhas-csp')).toEqual([
      'household-tasks',
    ]);
  });

  it("looks for what makes an act not the worker's in the act's own clause", () => {
    const text =
      'Then I typed up his quarterly plan update in the system while he filled out the rest of his housing form.';
    expect(codes(text, 'ct-dmhas-csp')).toEqual(['paperwork']);
    expect(codes('Helped him fill out his housing form.', 'ct-dmhas-csp')).toEqual([]);
  });

  it("does not take words in quotes (a goal in the client's words) for an act", () => {
    const text =
      'Recovery plan goals addressed: Goal 3, "make my own lunch and clean the house so I\'m not just sitting in my room."';
    expect(codes(text, 'ct-dmhas-csp')).toEqual([]);
    expect(codes('CSW cleaned the house.', 'ct-dmhas-csp')).toEqual(['household-tasks']);
  });

  it('finds a game played a few words from its verb', () => {
    expect(codes('After lunch we played a couple rounds of pool.', 'ct-dmhas-csp')).toEqual([
      'recreation',
    ]);
  });

  it('MA: the temporary ride exception holds when the ride names no destination and the note names the appointment', () => {
    const note = (ride: string) =>
      `Reason for contact: essential medical appt (cardiology f/u). PT-1 was submitted 9/24 and not yet approved. ${ride}`;
    expect(
      codes(note('CSP drove member today as a temporary ride while PT-1 is pending.'), 'ma-csp'),
    ).toEqual([]);
    expect(
      codes(
        note('Then CSP drove member as a temporary ride and dropped her at Market Basket.'),
        'ma-csp',
      ),
    ).toEqual(['transportation']);
  });

  it('does not take a no-show on another day for this visit', () => {
    expect(
      codes('12/3 rescheduled from mon no show. crib check with nicole.', 'ct-dds-parenting'),
    ).toEqual([]);
    expect(codes('went at 10, no answer, waited til 10:20.', 'ct-dds-parenting')).toEqual([
      'no-show',
    ]);
  });

  it.each([
    "Attendance: Brianna Tate (parent), Carl Tate (Jayden's grandfather, who drove them and stayed), provider.",
    'She lived 11 years in a group residence, where staff did the shopping and cooking.',
    'While we were upstairs, Denise (grandmother) was cleaning the kitchen and washing bottles on her own.',
  ])('gives the act to the person a clause is about: %j', (text) => {
    expect(codes(text, 'ct-dds-parenting')).toEqual([]);
  });

  it('still gives the act to the worker a "who" clause is about', () => {
    expect(codes('Met with the CSW, who drove him to the clinic.', 'ct-dmhas-csp')).toEqual([
      'transportation',
    ]);
  });

  it('finds the med box a worker did, also inside a flattened form', () => {
    expect(
      codes(
        'loc: mbr home | goal: med adherence per recovery plan | did his med box for the week',
        'ct-dmhas-csp',
      ),
    ).toEqual(['medication']);
  });

  it('reads what a note files under its plan heading in the past tense as done', () => {
    expect(codes('P: did CBT thought records w/ pt for most of the visit.', 'ma-csp')).toEqual([
      'counseling',
    ]);
    expect(
      codes("P: CSW did a DBT chain analysis with Brianna on Saturday's episode.", 'ma-csp'),
    ).toEqual(['counseling']);
    expect(codes('P: CSW will do CBT thought records with him next visit.', 'ma-csp')).toEqual([]);
  });

  it("finds therapy in a worker's everyday words, and leaves it to the one who did it", () => {
    expect(
      codes(
        'spent most of the hour going over his childhood abuse, did the empty chair thing w/ him.',
        'ct-dmhas-csp',
      ),
    ).toEqual(['counseling']);
    expect(
      codes(
        'She mentioned that Deb had done some trauma work with her today and she felt raw.',
        'mo-community-support',
      ),
    ).toEqual([]);
  });

  it('reads an opening "Used" before an acronym as the worker\'s act, so what follows is the worker\'s', () => {
    expect(
      codes('Used MI and did a CBT thought record with Dana about her panic.', 'ct-dmhas-csp'),
    ).toEqual(['counseling']);
  });

  it('reads what qualifies an act up to its comma, past nouns joined by "and"', () => {
    expect(
      codes(
        'CSW went through the relapse with client and team, and client chose to add goal 4.',
        'mo-community-support',
      ),
    ).toEqual([]);
    expect(
      codes(
        'I looked through his chart to make sure his last two notes were signed and the ROI was current.',
        'mo-community-support',
      ),
    ).toEqual(['record-review']);
  });

  it('MA: a temporary ride to a psych appt, and travel the note says it is not billing, are no findings', () => {
    expect(
      codes(
        "11/12/26 drove rosa to her psych appt at Bay Cove bc her PT-1 ride no-showed, this is temporary, we're setting her PT-1 back up.",
        'ma-csp',
      ),
    ).toEqual([]);
    expect(
      codes(
        '12/2/26 9:15-11:00 (about 20 min of that was my drive to the WIC office w mom, not billing that)',
        'ct-dds-parenting',
      ),
    ).toEqual([]);
  });

  it('MO: a home visit is routine only when the note names no plan goal', () => {
    const visit =
      "11/6/26 stopped by Curtis Lyle's apt on my way back from the office to see how he was doing, 3:40-4:00. Watching TV, no issues.\nK. Brandt, CSW";
    expect(codes(visit)).toEqual(['routine-home-visit']);
    expect(
      codes(
        visit.replace(
          'Watching TV, no issues.',
          'Goal 2 (stable housing): we read his lease renewal together.',
        ),
      ),
    ).toEqual([]);
    // A goal written the way the missing-field check reads one, not only the word "goal".
    expect(
      codes(
        visit.replace(
          'no issues.',
          'no issues. Tx plan obj 1.3: keep his apartment; he paid the rent online while I watched.',
        ),
      ),
    ).toEqual([]);
  });

  it('finds team meetings in the words workers use: "staff mtg", "huddle w/", "staffed his relapse"', () => {
    expect(codes('Dec 1, office. sat in on the weekly staff mtg 9-10, his case came up.')).toEqual([
      'staff-meeting',
    ]);
    expect(
      codes("8:30-9:15 staffed cl's relapse over the wknd w/ dr. finch and the nurse."),
    ).toEqual(['staff-meeting']);
    expect(codes('I had a quick huddle w/ my supervisor about his meds.', 'ct-dmhas-csp')).toEqual([
      'staff-meeting',
    ]);
    expect(codes('Sat in on the Tuesday staffing w/ Dr. Kline about her relapse.')).toEqual([
      'staff-meeting',
    ]);
    expect(codes('Grabbed Jen (RN) in the hall about 10 min re Gary missing 2 visits.', 'ct-dmhas-csp')).toEqual(['staff-meeting']); // prettier-ignore
    expect(codes('Grabbed the bus schedule from the front desk.', 'ct-dmhas-csp')).toEqual([]);
    // The desk was staffed, a staff member came along: no meeting.
    expect(
      codes('Writer went with a second staff member to his apartment.', 'ct-dmhas-csp'),
    ).toEqual([]);
  });
});
