-- string and hash-table work in the style of k-nucleotide: count k-mers of a generated DNA sequence by substring keys
local seed = 11
local function random(n)
  seed = (seed * 16807) % 2147483647
  return seed % n
end

-- Skewed base frequencies, so the counts are not all alike.
local weighted = {"a", "a", "a", "c", "c", "g", "g", "g", "t", "t", "t", "t"}
local bases = {}
for i = 1, 400000 do bases[i] = weighted[random(#weighted) + 1] end
local sequence = table.concat(bases)

local function count_kmers(seq, k)
  local counts = {}
  for i = 1, #seq - k + 1 do
    local kmer = seq:sub(i, i + k - 1)
    counts[kmer] = (counts[kmer] or 0) + 1
  end
  return counts
end

-- Frequencies sorted by count, then key (keys are unique, so the order is total).
local function frequencies(seq, k)
  local counts = count_kmers(seq, k)
  local list = {}
  for kmer, n in pairs(counts) do list[#list + 1] = {kmer = kmer, n = n} end
  table.sort(list, function(a, b)
    if a.n ~= b.n then return a.n > b.n end
    return a.kmer < b.kmer
  end)
  local total = #seq - k + 1
  local lines = {}
  for i = 1, math.min(#list, 6) do
    lines[i] = string.format("%s %.3f", list[i].kmer:upper(), 100 * list[i].n / total)
  end
  return table.concat(lines, "\n")
end

local out = {frequencies(sequence, 1), frequencies(sequence, 2)}
for _, probe in ipairs({"ggt", "ggta", "ggtatt", "ggtattttaatt", "ggtattttaatttatagt"}) do
  local counts = count_kmers(sequence, #probe)
  out[#out + 1] = string.format("%d\t%s", counts[probe] or 0, probe:upper())
end
print(table.concat(out, "\n"))
