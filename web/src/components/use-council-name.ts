import { useEffect, useState } from 'preact/hooks';
import { loadCouncil } from '../council-cache';

/** The council's name, or its LA code until the name arrives. */
export function useCouncilName(laCode: string): string {
  const [name, setName] = useState(`Council ${laCode}`);
  useEffect(() => {
    let live = true;
    loadCouncil(laCode).then(
      (council) => live && setName(council.name),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [laCode]);
  return name;
}
