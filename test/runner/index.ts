/** What scenario files (test/docs/scenarios/<slug>.ts) use: `import { defineScenario } from '../../runner'`. */
export { defineScenario, type Scenario, type ScenarioContext, type ScenarioHook } from './run/scenario';
export type { HttpReply, WaitForHttpOptions } from './run/wait-for-http';
