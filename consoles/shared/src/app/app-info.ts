import { createContext, useContext, useEffect } from 'react';

export interface AppInfo {
  /** The app's title, e.g. "Pix libre", "Pix Orga": the end of every document title. */
  title: string;
}

export const AppInfoContext = createContext<AppInfo>({ title: 'Pix libre' });

export function useAppInfo(): AppInfo {
  return useContext(AppInfoContext);
}

/** Sets document.title to "<page> - <app title>" (the app title alone without a page). */
export function useDocumentTitle(pageTitle?: string | null): void {
  const { title } = useAppInfo();
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} - ${title}` : title;
  }, [pageTitle, title]);
}
