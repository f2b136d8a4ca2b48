import { join } from 'node:path';

/** Go's build cache outside $HOME, kept between runs (a snippet compiles in about a second once it is warm). */
export const GO_ENV = {
  GOCACHE: join(process.cwd(), 'node_modules', '.cache', 'coext-go', 'build'),
  GOPATH: join(process.cwd(), 'node_modules', '.cache', 'coext-go', 'path'),
  GOTOOLCHAIN: 'local', // never fetch another Go release
  GOFLAGS: '',
};
