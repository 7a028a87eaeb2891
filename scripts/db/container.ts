// PostgreSQL in a container through testcontainers, for users whose CI has a Docker engine.
// Where none runs, testcontainers says "Could not find a working container runtime
// strategy": we turn that into one clear line instead of a stack trace.
import { UsageError, errorMessage } from '../errors.ts';

export const NO_RUNTIME = 'Could not find a working container runtime strategy';
export const CONTAINER_IMAGE = process.env.IU_CORE_CONTAINER_IMAGE ?? 'postgres:15-alpine';

export interface ContainerServer {
  url: string;
  stop(): Promise<void>;
}

export class NoContainerRuntime extends UsageError {}

export async function startContainer(image = CONTAINER_IMAGE): Promise<ContainerServer> {
  // Imported lazily: testcontainers costs ~0.4 s to load and most commands never need it.
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  try {
    const started = await new PostgreSqlContainer(image).start();
    return { url: started.getConnectionUri(), stop: async () => void (await started.stop()) };
  } catch (e) {
    if (errorMessage(e).includes(NO_RUNTIME)) {
      throw new NoContainerRuntime(`--db container: no container runtime here (testcontainers: "${NO_RUNTIME}"); start Docker, or use --db local`);
    }
    throw new UsageError(`--db container: could not start ${image}: ${errorMessage(e)}`);
  }
}
