/**
 * The permitted-vehicle classes (准驾车型) a licence may print, with what each allows (Ministry of
 * Public Security order 162, C6 since 2022). A licence prints its codes run together: 'C1E', 'A2D'.
 */
export const vehicleClasses: { [code: string]: string } = {
  A1: '大型客车',
  A2: '重型牵引挂车',
  A3: '城市公交车',
  B1: '中型客车',
  B2: '大型货车',
  C1: '小型汽车',
  C2: '小型自动挡汽车',
  C3: '低速载货汽车',
  C4: '三轮汽车',
  C5: '残疾人专用小型自动挡载客汽车',
  C6: '轻型牵引挂车',
  D: '普通三轮摩托车',
  E: '普通二轮摩托车',
  F: '轻便摩托车',
  M: '轮式专用机械车',
  N: '无轨电车',
  P: '有轨电车',
}

const code = /A[1-3]|B[12]|C[1-6]|[DEFMNP]/uy

/**
 * Splits a vehicle class value into its codes ('C1E' → ['C1', 'E']); spaces, commas and slashes
 * between codes are allowed. Returns the first part that is no code when there is one.
 */
export function splitVehicleClass(value: string): { codes: string[]; unknown?: string } {
  const text = value.toUpperCase().replace(/[\s,，、/]+/gu, '')
  const codes: string[] = []
  code.lastIndex = 0
  while (code.lastIndex < text.length) {
    const start = code.lastIndex
    const match = code.exec(text)
    if (!match) return { codes, unknown: text.slice(start, start + 2) }
    codes.push(match[0])
  }
  return { codes }
}
