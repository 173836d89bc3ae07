import { readFile } from 'node:fs/promises'
import type * as OnnxRuntime from 'onnxruntime-node'
import type SharpModule from 'sharp'
import { addBestClassOutputs } from './add-best-class-outputs.js'
import { modelPaths } from './model-paths.js'
import { type OnnxModel, readOnnxModel, writeOnnxModel } from './onnx-model.js'
import type { ResolvedOptions } from './resolve-options.js'
import { simplifyModel } from './simplify-model.js'

/** The native modules and the two model sessions one engine holds for its lifetime. */
export interface Runtime {
  ort: Pick<typeof OnnxRuntime, 'InferenceSession' | 'Tensor'>
  sharp: typeof SharpModule
  detection: OnnxRuntime.InferenceSession
  recognition: OnnxRuntime.InferenceSession
  /** Tells upright text lines from upside-down ones (PaddleOCR's angle classifier). */
  orientation: OnnxRuntime.InferenceSession
  /** Index 0 is the CTC blank, then the dictionary's lines, then a space (PaddleOCR's `use_space_char`). */
  characters: string[]
  /**
   * Runs a model, one run at a time per engine: each run already uses every core it is given, and
   * concurrent runs on the same cores took twice as long in total as the same runs one after another.
   */
  infer(
    session: OnnxRuntime.InferenceSession,
    feeds: OnnxRuntime.InferenceSession.FeedsType,
    fetches?: readonly string[],
  ): Promise<OnnxRuntime.InferenceSession.ReturnType>
  release(): Promise<void>
}

/**
 * Loads onnxruntime and sharp (only now, so that importing the package costs nothing) and opens
 * the models once.
 */
export async function loadRuntime(options: ResolvedOptions): Promise<Runtime> {
  const [ortModule, sharpModule] = await Promise.all([import('onnxruntime-node'), import('sharp')])
  // Both are CommonJS: Node's ESM loader hands over `module.exports` as the default export.
  const ort = ortModule.default
  const sharp = sharpModule.default
  const paths = modelPaths(options.models)
  const sessionOptions: OnnxRuntime.InferenceSession.SessionOptions = {
    executionProviders: ['cpu'],
    intraOpNumThreads: options.intraOpNumThreads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    // Input shapes change with every page and line; a memory arena sized for the largest one seen
    // would keep that memory for the life of the process, so memory is returned after each run.
    enableCpuMemArena: false,
    enableMemPattern: false,
    // onnxruntime's worker threads spin briefly for the next operator instead of sleeping between
    // them: the recognizer ran a third faster (125 against 190 ms a batch of two 1280-column lines), and
    // two pages in flight on one engine took no longer than one after another (onnxruntime 1.30,
    // 2 cores). With `workers` > 1 each session has one thread, which never spins.
    // Each session has its own threads, though, and a session's threads went on spinning after its run
    // ended, taking a core from the next model: detection, orientation and recognition run in turn,
    // and each ran up to twice as slow as alone until the threads were told to stop at the end of a run.
    extra: { session: { force_spinning_stop: '1' } },
  }
  const dictionary = await readFile(paths.dictionary, 'utf8')
  const entries = dictionary.split('\n').map((line) => line.replace(/\r$/, ''))
  if (entries.at(-1) === '') entries.pop()
  const characters = ['', ...entries, ' ']
  const open = async (path: string, edit?: (model: OnnxModel) => void) =>
    ort.InferenceSession.create(await readModel(path, edit), sessionOptions)
  const [detection, recognition, orientation] = await Promise.all([
    open(paths.detection),
    open(paths.recognition, (model) => addBestClassOutputs(model, characters.length - 1)),
    open(paths.orientation),
  ])
  // The model's own output, the probabilities, still comes first; the added ones follow it.
  const classes = recognition.outputMetadata[0]
  const classCount = classes?.isTensor ? classes.shape.at(-1) : undefined
  if (typeof classCount === 'number' && classCount !== characters.length) {
    await Promise.all([detection.release(), recognition.release(), orientation.release()])
    throw new Error(
      `The recognition model predicts ${classCount} classes but its dictionary gives ${characters.length}; ` +
        'the model and dictionary files do not belong together.',
    )
  }
  let queue: Promise<unknown> = Promise.resolve()
  return {
    ort,
    sharp,
    detection,
    recognition,
    orientation,
    characters,
    infer(session, feeds, fetches) {
      const result = queue.then(() => (fetches ? session.run(feeds, fetches) : session.run(feeds)))
      queue = result.catch(() => undefined)
      return result
    },
    async release() {
      await Promise.all([detection.release(), recognition.release(), orientation.release()])
    },
  }
}

/**
 * A model file's bytes with its element-wise layers folded away (see {@link simplifyModel}), and
 * `edit` made.
 */
async function readModel(path: string, edit?: (model: OnnxModel) => void): Promise<Uint8Array> {
  const bytes = new Uint8Array(await readFile(path))
  try {
    const model = readOnnxModel(bytes)
    simplifyModel(model)
    edit?.(model)
    return writeOnnxModel(model)
  } catch (error) {
    throw new Error(`${path} is not an ONNX model tiqu can read (${(error as Error).message})`, {
      cause: error,
    })
  }
}
