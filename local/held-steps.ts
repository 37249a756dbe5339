import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * The steps a local state machine holds on a task token, kept in a file beside the `--data`
 * directory's table so that a run waiting for a person outlives a restart of the runtime: what the
 * run was started with, the state it waits in and that state's input, its token and its deadline.
 * Runs that were between steps are not kept: nothing can resume a task that was cut off.
 */

export interface HeldStep {
  executionArn: string;
  /** The run's input, as StartExecution was given it (a repeated start is compared with it). */
  input: string;
  startDate: string;
  /** A top-level Task state whose resource is `.waitForTaskToken`. */
  state: string;
  stateInput: unknown;
  token: string;
  /** Epoch milliseconds the wait times out at; null when the state has no timeout. */
  deadline: number | null;
}

export class HeldSteps {
  private readonly held = new Map<string, HeldStep>();

  constructor(private readonly file: string | undefined) {}

  /** What the runtime's last life left held (none without `--data`, or on its first start). */
  fromLastLife(): HeldStep[] {
    if (!this.file || !existsSync(this.file)) return [];
    return JSON.parse(readFileSync(this.file, 'utf8')) as HeldStep[];
  }

  hold(step: HeldStep): void {
    this.held.set(step.executionArn, step);
    this.save();
  }

  release(executionArn: string): void {
    if (this.held.delete(executionArn)) this.save();
  }

  /** Forgets the last life's steps except those held again, so a step not resumed is not resumed later either. */
  restart(kept: readonly HeldStep[]): void {
    this.held.clear();
    for (const step of kept) this.held.set(step.executionArn, step);
    this.save();
  }

  private save(): void {
    if (!this.file) return;
    // Written whole and renamed into place: a stop mid-write leaves the previous file, never half of one.
    writeFileSync(`${this.file}.tmp`, JSON.stringify([...this.held.values()]));
    renameSync(`${this.file}.tmp`, this.file);
  }
}
