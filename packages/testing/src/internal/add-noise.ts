/**
 * Adds Gaussian grain to raw RGB pixels, in place: one deviate a pixel, the same on every channel, as
 * a phone sensor's luminance noise looks.
 */
export function addNoise(pixels: Buffer, random: () => number, sigma: number): void {
  for (let index = 0; index + 2 < pixels.length; index += 3) {
    // Box–Muller; 1 - random() keeps the logarithm finite.
    const shift = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()) * sigma
    for (let channel = 0; channel < 3; channel++) {
      const value = (pixels[index + channel] as number) + shift
      pixels[index + channel] = Math.max(0, Math.min(255, Math.round(value)))
    }
  }
}
