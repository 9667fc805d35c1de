import { open, readFile, rm } from 'node:fs/promises';

/** The embedded database is one process's at a time: a second one would corrupt the files. */
export class DataFolderInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `the data folder ${dataDir} is in use by process ${pid} (a running Frontline server?); stop it first, or share a PostgreSQL server through DATABASE_URL`,
    );
    this.name = 'DataFolderInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `<dataDir>/frontline.lock` for this process, or throws DataFolderInUseError when a live
 * process holds it. A lock left by a process that died is taken over. Returns the release.
 */
export async function lockDataFolder(dataDir: string): Promise<() => Promise<void>> {
  const file = `${dataDir}/frontline.lock`;
  for (let tries = 0; tries < 3; tries += 1) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new DataFolderInUseError(dataDir, pid);
      }
      if (pid === process.pid) throw new DataFolderInUseError(dataDir, pid);
      await rm(file, { force: true });
    }
  }
  throw new Error(`could not take the lock ${file}; remove it if no Frontline server is running`);
}
