import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One part of the campaign page ("Paramètres" today; "Activité", "Résultats"… as they come). */
export interface CampaignSection {
  /** Stable and unique: ids of the tab and its panel. */
  id: string;
  label: string;
  content: ReactNode;
}

export interface CampaignSectionsProps {
  sections: CampaignSection[];
  /** The section shown first (the first one by default). */
  initialSectionId?: string;
}

/**
 * Whether the tabs are wider than their bar: MUI's own test ("auto", two IntersectionObservers with
 * a 0.99 threshold) showed both arrows at 1280 px while every tab fitted. Measured on the scroller
 * whenever it or the tabs change size.
 */
function useTabsOverflow(tabbed: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const scroller = ref.current?.querySelector<HTMLElement>('.MuiTabs-scroller');
    if (!scroller) return undefined;
    const measure = () => setOverflows(scroller.scrollWidth > scroller.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    const list = scroller.querySelector('[role="tablist"]');
    if (list) observer.observe(list);
    return () => observer.disconnect();
  }, [tabbed]);
  return { ref, overflows };
}

/**
 * The sections of a campaign (props only): one section is a titled region; several become tabs
 * (a tab list and one panel, each panel named by its tab).
 */
export function CampaignSections({ sections, initialSectionId }: CampaignSectionsProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const [chosen, setChosen] = useState(initialSectionId ?? sections[0]?.id ?? '');
  const current = sections.find((section) => section.id === chosen) ?? sections[0];
  const tabs = useTabsOverflow(sections.length > 1);
  if (!current) return null;
  const tabId = (id: string) => `${baseId}-tab-${id}`;
  const panelId = (id: string) => `${baseId}-panel-${id}`;

  if (sections.length === 1) {
    return (
      <Box component="section" aria-labelledby={panelId(current.id)} sx={{ mt: 4 }}>
        <Typography variant="h2" id={panelId(current.id)} gutterBottom>
          {current.label}
        </Typography>
        {current.content}
      </Box>
    );
  }

  return (
    <Box sx={{ mt: 4 }}>
      <Tabs
        value={current.id}
        onChange={(_event, id: string) => setChosen(id)}
        aria-label={t('console.campaigns.sections.label')}
        ref={tabs.ref}
        // Arrows only when the tabs overflow (none at 1280 px, where they all fit); on a phone the
        // tabs are swiped, without arrows.
        variant="scrollable"
        scrollButtons={tabs.overflows ? 'auto' : false}
        allowScrollButtonsMobile={false}
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}
      >
        {sections.map((section) => (
          <Tab key={section.id} value={section.id} id={tabId(section.id)} aria-controls={panelId(section.id)} label={section.label} />
        ))}
      </Tabs>
      <Box role="tabpanel" id={panelId(current.id)} aria-labelledby={tabId(current.id)}>
        {current.content}
      </Box>
    </Box>
  );
}
