import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { loadLexicon } from '../../src/lexicon/lexicon-set.js';
import { FIXTURES } from '../helpers/fixture-lexicon.js';
import { actorOf } from '../helpers/shipped-lexicon.js';

const USER = path.join(FIXTURES, 'actors', 'user-actors.yaml');

describe('--actors: a user actor file loaded after the gazetteer', async () => {
  const lexicon = await loadLexicon(undefined, [], [USER]);
  const run = (text: string) => analyze(text, { lexicon });

  it('takes an alias from the shipped actor that had it ("Kremlin")', () => {
    const r = run('The Kremlin denied it, and Moscow agreed.');
    expect(actorOf(r, 'kremlin-circle').names_used).toEqual(['Kremlin']);
    expect(actorOf(r, 'russian-government').names_used).toEqual(['Moscow']);
  });

  it('adds actors, so a name is no longer a discovered one', () => {
    const r = run('Marta Kowalczyk disputed the figures. Kowalczyk said the data were thin.');
    expect(actorOf(r, 'marta-kowalczyk')).toMatchObject({ discovered: false, mentions: 2 });
    expect(r.actors.some((a) => a.discovered)).toBe(false);
  });

  it('replaces a shipped actor with the same id, aliases and all', () => {
    const r = run('Putin spoke. The Russian President left.');
    expect(actorOf(r, 'vladimir-putin')).toMatchObject({ name: 'V. V. Putin', mentions: 1 });
  });

  it('rejects a file that is not an actor gazetteer', async () => {
    await expect(
      loadLexicon(undefined, [], [path.join(FIXTURES, 'lexicons', 'words.yaml')]),
    ).rejects.toMatchObject({ code: 'E_ACTORS_FILE' });
  });
});
