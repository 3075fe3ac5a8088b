/// fp32 kernels. Float16Kernels.swift is the same code in `Float16`; keep the two in step.
///
/// Convolution is direct over NHWC activations with weights packed `[kh][kw][ic][oc]`: for each output
/// pixel and each input tap, `out[oc] += x · w[oc]` over contiguous `oc` (an im2col GEMM in axpy form
/// without materialising the columns). Loops are `while` loops with wrapping index arithmetic because
/// `for … in` ranges and overflow checks dominate the cost of an unoptimised build.
enum Float32Kernels: FloatingPointKernels {
    typealias Scalar = Float

    static func scalar(_ value: Float) -> Float { value }
    static func float(_ value: Float) -> Float { value }

    static func conv(
        _ geometry: ConvGeometry, input: UnsafePointer<Float>, weights: UnsafePointer<Float>,
        bias: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>
    ) {
        let inHeight = geometry.inHeight
        let inWidth = geometry.inWidth
        let inChannels = geometry.inChannels
        let outHeight = geometry.outHeight
        let outWidth = geometry.outWidth
        let outChannels = geometry.outChannels
        let kernel = geometry.kernel
        let stride = geometry.stride
        let padding = geometry.padding
        let tapSize = inChannels &* outChannels
        var out = output
        var oh = 0
        while oh < outHeight {
            var ow = 0
            while ow < outWidth {
                var oc = 0
                while oc < outChannels {
                    out[oc] = bias[oc]
                    oc &+= 1
                }
                var kh = 0
                while kh < kernel {
                    let ih = oh &* stride &+ kh &- padding
                    if ih >= 0 && ih < inHeight {
                        var kw = 0
                        while kw < kernel {
                            let iw = ow &* stride &+ kw &- padding
                            if iw >= 0 && iw < inWidth {
                                let x = input + (ih &* inWidth &+ iw) &* inChannels
                                var w = weights + (kh &* kernel &+ kw) &* tapSize
                                var ic = 0
                                while ic < inChannels {
                                    let value = x[ic]
                                    oc = 0
                                    while oc < outChannels {
                                        out[oc] += value * w[oc]
                                        oc &+= 1
                                    }
                                    w += outChannels
                                    ic &+= 1
                                }
                            }
                            kw &+= 1
                        }
                    }
                    kh &+= 1
                }
                if geometry.relu {
                    oc = 0
                    while oc < outChannels {
                        if out[oc] < 0 { out[oc] = 0 }
                        oc &+= 1
                    }
                }
                out += outChannels
                ow &+= 1
            }
            oh &+= 1
        }
    }

    static func globalAveragePool(
        positions: Int, channels: Int, input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>
    ) {
        var c = 0
        while c < channels {
            output[c] = 0
            c &+= 1
        }
        var x = input
        var position = 0
        while position < positions {
            c = 0
            while c < channels {
                output[c] += x[c]
                c &+= 1
            }
            x += channels
            position &+= 1
        }
        let count = Float(positions)
        c = 0
        while c < channels {
            output[c] /= count
            c &+= 1
        }
    }

    static func dense(
        inFeatures: Int, outFeatures: Int, input: UnsafePointer<Float>, weights: UnsafePointer<Float>,
        bias: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>
    ) {
        var j = 0
        while j < outFeatures {
            output[j] = bias[j]
            j &+= 1
        }
        var w = weights
        var i = 0
        while i < inFeatures {
            let value = input[i]
            j = 0
            while j < outFeatures {
                output[j] += value * w[j]
                j &+= 1
            }
            w += outFeatures
            i &+= 1
        }
    }
}
