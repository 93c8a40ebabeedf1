import { describe, expect, it } from 'vitest';
import { compilePack } from '../compile';
import { PACKS } from '../../rules/packs';
import { readSignOff, readSigners } from './sign-off';

const words = compilePack(PACKS['ct-dds-parenting']).signOff;
const signers = (text: string) => {
  const signed = readSignOff(text, words);
  return {
    provider: signed.provider !== null,
    parent: signed.parent !== null,
  };
};

describe('readSignOff', () => {
  it.each([
    ['Linda Marsh, CSW', true, false],
    ['Next visit Thursday - Pat Mahoney CSW', true, false],
    ['f/u next wk. -dre', true, false],
    ['will try again thurs. kev', true, false],
    [
      'Provider signature: anne kim 11/05/2026\nParent signature: jasmine r. 11/05/2026',
      true,
      true,
    ],
    ['Signed: Dana Reyes, PSSP. Parent signature: Keisha Boyd', true, true],
    ['Provider: G. Hill / Parent: Maya Torres', true, true],
    // A table's rows of a label and a value; "Parent sign:"; "PSP" for the provider (w89, w90).
    ['| Provider | Priya Raman, MSW, PSSP |\n| Parent | Nicole F. |', true, true],
    ['| Provider | Priya Raman, MSW |\n| Parent | A.L. |', true, true],
    ['Provider: Maryam Haidari      Parent sign: Fatima Yusuf', true, true],
    ['PSP: Hannah Ludd ___ Parent: Ashley T. (signed)', true, true],
    ['| Provider | Priya Raman, MSW |\n| Parent | |', true, false],
    ['Signatures: Nadia Wisniewska, PSSP ___ / Luz Aponte ___', true, true],
    ['Signatures L. Marchetti, BS (provider) / Tiffany R. (parent)', true, true],
    ['marisa k, pssp. crystal signed', true, true],
    ['check the dinner chart, Gina Ferraro parenting support provider and Brittany signed on the tablet', true, true], // prettier-ignore
    [
      'This note was signed by me, Rachel Goodwin, Parenting Support Provider, and by Ms. Alvarez.',
      true,
      true,
    ],
    ['Angela Russo, PSSP\nVanessa Pierce', true, true],
    // an attendance line above signs nothing
    ['Pryor home. Present: Lashonda Pryor, Malik (3 yrs), Ingrid Solberg.\nGoal: one new food.\nFollow-up: carrots Thursday.\nIngrid Solberg, MSW, Parenting Support Service Provider', true, false], // prettier-ignore
    ['Present: Lashonda, Malik (3), me. Modeled plating. Ingrid Solberg, PSSP / Lashonda Pryor', true, true], // prettier-ignore
    // "Doxy.me" is a video service's name, not the provider's "me"
    ['Hannah Szabo, MSW, PSSP\nAmber Lindqvist (e-signed in Doxy.me form, 4:52 pm)', true, true],
    ['- Kim Tate, parenting support service provider\n- jess a. (parent)', true, true],
    ['-- ben a., csp', true, false],
    ['signed - jane d. (provider), maria l. (mom)', true, true],
    ['Provider: Jane Doe, PSSP\nParent signature on file.', true, true],
    ['Note completed by jane doe', true, false],
    ['Typed: Lourdes Barbosa-Lyle, CSW  04/02/2026', true, false],
    ['Dana Ruiz, PSSP\nParent initials: ML', true, true],
    ['Dana Ruiz, PSSP\nSignature of parent: [signed]', true, true],
    ['Dana Ruiz, PSSP\nParent acknowledged via e-signature', true, true],
    ['/s/ Dana Ruiz /s/ Keisha Jones', true, true],
    ['Dana Ruiz, BA, PSSP -- Keisha J. (parent) signed', true, true],
    ['Dana Ruiz, BA, PSSP -- Keisha J. signed', true, true],
    ['Both signatures obtained.', true, true],
    ['Dana Ruiz, PSSP\nParent signed: yes', true, true],
    ['Dana Ruiz, PSSP\nParent signature: see paper form', true, true],
    ['Dana Ruiz PSSP\nParent signature: Keisha Jones 12/8/26 3:01 PM', true, true],
    ['Dana Ruiz PSSP\nParent signature: Keisha Jones via DocuSign', true, true],
    ['D. Ruiz PSSP, K. Jones (mother)', true, true],
    ['deandra w / jenna (verbal ok, will sign at visit)', true, false],
    ['Staff signature/credentials: Jess Rivera, BA', true, false],
    ['CSP Worker Signature & Date: J. Rivera 12/8/26', true, false],
    ['Dictated by Jess Rivera, transcribed 12/9', true, false],
    ['Clinician signature: Jane Doe, LCSW Date: 11/20/26', true, false],
    ['signed electronically by R. Okafor, CSP', true, false],
    ['f/u: call her tmrw 9am.\nkm', true, false],
    ['- j.r.', true, false],
    ['Phone list copied for the chart per writer Lou Marchetti.', true, false],
    ['Met with client, CSW Lou Marchetti called the landlord.', true, false],
    ['ill check w front desk thurs am.\njo ellen p', true, false],
    ['- Will Navarro CSW', true, false],
    ['dana ruiz pssp, maria lopez parent', true, true],
    ['/es/ Priya Natarajan 03/11/26', true, false],
    ['DR / ML', true, true],
    ['E-signature: Lisa Moreno 3/4/26 11:02', true, false],
    ['Plan: next week review.\nthx, lisa', true, false],
    ['Plan: next week review.\nLM/csp', true, false],
    ['Submitted 3/4/26 by Lisa Moreno', true, false],
    ['Plan: next week review.\nLM 3/4', true, false],
    ['Provider sig: DR   Parent sig: ML', true, true],
    ['Dana Ruiz, PSSP\nMaria initialed the log.', true, true],
    ['_Janelle Fox, PSS Provider_     _Crystal Mayo, Parent_', true, true],
    ["Maria's signature is on the paper copy. - Dana Ruiz, PSSP", true, true],
    ['signatures: dana r (pssp) maria l (mom)', true, true],
    ['signed dana k (parent) and mel s (provider)', true, true],
    ['Dana Ruiz, PSSP ______ Maria Lopez ______', true, true],
    ['Parent e-sign: Derek Lawson 02/11/2026 19:31', false, true],
    ['DR (Dev Ramaswamy, PSSP)\nParent e-sig: R. Diaz 3/18/26 6:11p', true, true],
    [
      'Next: meet her at the 5/4 appointment.\nM. Quintero, Parenting Support Provider - Shonda Willis (parent)',
      true,
      true,
    ],
    ['Documented by: Jordan Ellis, BA', true, false],
    ["He asked the librarian how to sign up - it's drop-in.\nHe folded the list.", false, false],
    ["CSP Progress Note - DOS 06/22/2026 - 9:00-9:50 - client's apartment, 3rd fl\nData: She said it.", false, false], // prettier-ignore
    ['next session 1/25 same time. signed nicole t, pssp + maria lopez (parent)', true, true],
    ['next: try it at bedtime, check in thurs / kb pssp - keisha w (parent)', true, true],
    ['f/u: 3/17 home.\nsigned M. Lind PSSP - parent Kemi Obi', true, true],
    ['Follow-up: next session 3/9.\n[E-SIGNED] Alicia Ferreira, BA | Parenting Support Service Provider | 2026-03-05 11:22:09 EST\n[E-SIGNED] Jasmine Hollis | Parent | 2026-03-05 10:53:41 EST | captured on tablet', true, true], // prettier-ignore
    ['called the coordinator to relay the update; S. Kim, CSS', true, false],
    ['Seen by Alicia Moy, BA, CSW; next visit 4/9.', true, false],
    ['she said she felt less stuck thats it dictated by keisha w csp', true, false],
    ['will see her tmrw at her 10am home visit. on call csw dre williams', true, false],
    ['Client will return next week. Harold Feeney C S W. Dictated not read.', true, false],
    ['practice the same card before his therapy in take period dictated not read ray figueroa csw', true, false], // prettier-ignore
    ['plan i will see her next friday and we will do more of the tapping chris p', true, false],
    ['ana and luis both signed, end of note, carla m parenting support', true, true],
    ['Brianna read this note with me before I left and signed it: Brianna Lopez. Provider: Gail Moreno, Parenting Support Service Provider.', true, true], // prettier-ignore
    ['~R. Castellano, PSSP / Ashley Morales (parent)', true, true],
    ['Staff name/credentials: Jordan Ellis, BA', true, false],
    ['Entered by J. Ellis on 3/10/26 at 4:15 PM', true, false],
    [
      'Signatures on paper form, scanned to chart: Luis Ferreira, BSW / Ashley Kowalczyk 3/10/26',
      true,
      true,
    ],
    [
      'Signature | Role | Date || Hannah Lindqvist, MA | Parenting Support Service Provider | 04/09/26 || Samantha Greer | Parent (mother) | 04/09/26',
      true,
      true,
    ],
    [
      'Priya Venkatesh, BA, PSSP\nParent: X (mark of Lorna Beaulieu, witnessed by P. Venkatesh)',
      true,
      true,
    ],
    ['Name | Role || Samantha Greer | Parent (mother) || Hannah Lindqvist | Provider', true, true],
    ['Dana Ruiz, PSSP\nParent signature: ______ (not signed)', true, false],
    ['e-signed: Marguerite Olsen, PSSP\nParent e-signature captured: Shayla Ingram, 04/22/2026', true, true], // prettier-ignore
  ])('reads %j', (text, provider, parent) => {
    expect(signers(`Session notes here.\n${text}`)).toEqual({ provider, parent });
  });

  it.each([
    'Provider signature: Beth Arsenault, PSSP\nParent signature: not signed - mom was putting Lily down',
    'Clinician: Yolanda Price, PSSP      Parent: Tiffany Marsh\nMet at home.\nModeled brushing.\nShe brushed 2 min.\nNext 12/17.\nParent signature: ________',
  ])(
    'a blank or unsigned parent line outweighs a name given for the parent elsewhere: %j',
    (text) => {
      expect(signers(`${text}\n`)).toEqual({ provider: true, parent: false });
    },
  );

  it.each([
    'Electronically signed by Olivia Marsh, BS, Parenting Support Service Provider 03/19/2026 11:52\nParent sig pending - tablet died, will sign at next visit.',
    'Provider: Heather Nolan, BS, PSSP (e-signed)\nParent: did not sign - Jace spilled milk right at the end',
  ])('a provider with a long title and a parent who did not sign: %j', (text) => {
    expect(signers(`Session notes here.\n${text}`)).toEqual({ provider: true, parent: false });
  });

  it('an e-signature line left blank signs nothing', () => {
    expect(
      signers('Plan: check mail. Electronically signed by: ________ Date/Time: ________'),
    ).toEqual({
      provider: false,
      parent: false,
    });
  });

  it('does not take a template placeholder after "signed", or a clause after a comma, for a name', () => {
    expect(signers('plan is to call her Friday end of dictation signed <staff name>')).toEqual({
      provider: false,
      parent: false,
    });
    expect(
      signers('Session.\nR: Member went in with card. After, said she told him all 3.'),
    ).toEqual({
      provider: false,
      parent: false,
    });
  });

  it('does not take a refused or blank parent line, or the same name twice, for a second signer', () => {
    expect(
      signers('Provider: Alicia Brandt, PSSP\nParent signature: Tiffany refused to sign today')
        .parent,
    ).toBe(false);
    expect(signers('Provider signature: Maureen Doyle, BSW / Parent signature:').parent).toBe(
      false,
    );
    expect(signers('Signature: Dana Ruiz').parent).toBe(false);
    expect(signers('Signatures: Nadia Wisniewska, PSSP ___ / ________').parent).toBe(false);
    expect(signers('went over the chart with her. Gina Ferraro PSSP and I signed').parent).toBe(
      false,
    );
  });

  it('does not take a common word alone on the last line for a name', () => {
    expect(signers('Session notes here.\nWill call Friday.\ndone')).toEqual({
      provider: false,
      parent: false,
    });
  });

  it('does not take the last words of a run-on for a name unless a credential or an initial ends them', () => {
    expect(signers('plan i will see her next friday and we will do more of the tapping with her').provider).toBe(false); // prettier-ignore
    expect(signers('plan i will see her next friday and we went over the steps for csw').provider).toBe(false); // prettier-ignore
  });

  it('does not take a short word alone on the last line for initials', () => {
    expect(signers('She said it went ok.\nok').provider).toBe(false);
    expect(signers('Next visit thurs.\nthe').provider).toBe(false);
  });

  it('does not take signing up, a signed sheet, a template placeholder or a sentence for a signature', () => {
    const none = { provider: false, parent: false };
    expect(signers('R: Client signed up for chess club on 12/9.')).toEqual(none);
    expect(signers('He showed me his signed meeting sheet with 9 meetings.')).toEqual(none);
    expect(signers('Plan: apply to 2 jobs.\nSignature: [Staff name], [Credentials]\nDate signed: ______')).toEqual(none); // prettier-ignore
    expect(signers('Phone call (missed IOP group 12/1 - contact within 48 hrs)')).toEqual(none);
    expect(signers('Client focused and motivated, said having a job is "what keeps me out of the bar."')).toEqual(none); // prettier-ignore
  });

  it("outside parenting, a bare name at the end that the note uses for the client is not the worker's", () => {
    const note = "Marcus filled his pillbox while I watched. Marcus said it was easy.\nPlan: review 12/4.\nMarcus Webb"; // prettier-ignore
    expect(readSignOff(note, words, { clientDoesNotSign: true }).provider).toBeNull();
    expect(readSignOff(note, words).provider).not.toBeNull();
    expect(readSignOff(note.replace('Marcus Webb', 'Dana Ruiz'), words, { clientDoesNotSign: true }).provider).not.toBeNull(); // prettier-ignore
  });

  it('does not take labels, times or documents signed for signatures', () => {
    expect(signers('Plan: see next wk.\nStart 1:00 End 2:00')).toEqual({
      provider: false,
      parent: false,
    });
    expect(signers('Checked that his notes and tx plan were signed before the audit.')).toEqual({
      provider: false,
      parent: false,
    });
  });
});

describe('readSignOff, read again', () => {
  const signed = 'Met at the library.\nLinda Marsh, CSW';
  const unsigned = 'Met at the library.\nPlan: call Tuesday.';

  it('reads a changed note afresh, not the last note read', () => {
    expect(signers(signed)).toEqual({ provider: true, parent: false });
    expect(signers(unsigned)).toEqual({ provider: false, parent: false });
    expect(signers(signed)).toEqual({ provider: true, parent: false });
  });

  it('reads the same note afresh with other words', () => {
    const text = 'Met at the library.\nKeisha Boyd (mom)';
    const noRoles = { credentials: new Set<string>(), providerRoles: [], parentRoles: [] };
    expect(readSignOff(text, words).parent).not.toBeNull();
    expect(readSignOff(text, noRoles).parent).toBeNull();
    expect(readSignOff(text, noRoles)).toEqual(readSigners(text, noRoles));
    expect(readSignOff(text, words).parent).not.toBeNull();
  });

  it('reads a changed signature line afresh, and shifts a line read before', () => {
    const labelled = 'Provider signature: Sam Lee\nParent signature: Keisha Boyd';
    expect(readSignOff(labelled, words)).toEqual(readSigners(labelled, words));
    const refused = labelled.replace('Keisha Boyd', 'refused');
    expect(readSignOff(refused, words).parent).toBeNull();
    const moved = `Visit at home.\n${labelled}`;
    expect(readSignOff(moved, words)).toEqual(readSigners(moved, words));
    expect(readSignOff(moved, words).parent?.start).toBe(
      (readSignOff(labelled, words).parent?.start ?? 0) + 'Visit at home.\n'.length,
    );
  });

  it('gives the same spans as a first reading when the text only moves', () => {
    const first = readSignOff(signed, words);
    const moved = readSignOff(`\n${signed}`, words);
    expect(moved.provider?.start).toBe((first.provider?.start ?? 0) + 1);
  });

  it.each([
    ['f/u next wk, bring the chart. jen ruiz / tasha', true, true],
    ['hw: use choices at dinner. review thurs. m.o. / a.m.', true, true],
    ['next visit: check crib set up. tom p. mom signed', true, true],
    [
      'next week we will do the chart with the same steps kayla dube destiny signed on my tablet',
      true,
      true,
    ],
    ['sigs: m ortega / keisha j', true, true],
    ['P: recheck 10/28.\nMelissa Grant, PSS // Crystal Hobbs', true, true],
    ['next: mon 11/23 go over chart\nNadine Walsh, PSS  keisha signed', true, true],
    [
      'f/u: visit sat\nTara Quinn PSS -- Shonda signed on sat visit sheet (phone session)',
      true,
      true,
    ],
    ['goal community integration. will see him wed.\ncarlos', true, false],
    ["plan: she goes alone and calls me after\nkat o'brien", true, false],
    ['next wk cup drinking. m ortega\nparent sig: keisha j', true, true],
    [
      'P: Day team to f/u in AM.\nReviewed by supervisor: K. Oduya, LCSW  10/22/2026 09:14',
      true,
      false,
    ],
  ])('reads a phone-typed sign-off in lower case: %j', (text, provider, parent) => {
    expect(signers(`Session notes here.\n${text}`)).toEqual({ provider, parent });
  });
});
