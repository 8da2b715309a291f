import { participationProgress } from '../../src/prescription/campaign-results/domain/participation-progress';
import { ExportLinks } from '../../src/prescription/campaign-results/infrastructure/export-link';
import { contentDisposition } from '../../src/prescription/campaign-results/http/results-export.route';

describe('progress of a participation shown to the teacher', () => {
  it('is the share of settled campaign skills while in progress, at most 99, and 100 once the test has ended', () => {
    expect(participationProgress('STARTED', 2, 5)).toBe(40);
    expect(participationProgress('STARTED', 0, 5)).toBe(0);
    expect(participationProgress('STARTED', 5, 5)).toBe(99);
    expect(participationProgress('STARTED', 7, 5)).toBe(99);
    expect(participationProgress('STARTED', 0, 0)).toBe(0);
    expect(participationProgress('TO_SHARE', 1, 5)).toBe(100);
    expect(participationProgress('SHARED', 0, 0)).toBe(100);
  });
});

describe('signed export links', () => {
  const now = new Date('2026-09-10T14:00:00Z');
  const links = new ExportLinks('secret-du-serveur');

  it('names the viewer for this campaign until the expiry, and nothing else', () => {
    const token = links.sign(42, 7, now);
    expect(links.verify(42, token, now)).toBe(7);
    expect(links.verify(42, token, new Date(now.getTime() + 299_000))).toBe(7);
    expect(links.verify(42, token, new Date(now.getTime() + 300_000))).toBeNull();
    expect(links.verify(43, token, now)).toBeNull();
    expect(new ExportLinks('un-autre-secret').verify(42, token, now)).toBeNull();
    const [, expiry, signature] = token.split('.');
    expect(links.verify(42, `8.${expiry}.${signature}`, now)).toBeNull();
    expect(links.verify(42, `7.${Number(expiry) + 60}.${signature}`, now)).toBeNull();
    expect(links.verify(42, '', now)).toBeNull();
    expect(links.verify(42, `${token}x`, now)).toBeNull();
  });
});

describe('file name of a download', () => {
  it('gives an ASCII fallback and the exact UTF-8 name (RFC 5987)', () => {
    expect(contentDisposition("Resultats-Évaluation (2nde) l'an-1-2026-09-10-1605.csv")).toBe(
      "attachment; filename=\"Resultats-Evaluation (2nde) l'an-1-2026-09-10-1605.csv\"; filename*=UTF-8''Resultats-%C3%89valuation%20%282nde%29%20l%27an-1-2026-09-10-1605.csv",
    );
    expect(contentDisposition('a"b\\c%d€.csv')).toBe("attachment; filename=\"a_b_c_d_.csv\"; filename*=UTF-8''a%22b%5Cc%25d%E2%82%AC.csv");
  });
});
